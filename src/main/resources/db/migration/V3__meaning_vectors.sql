-- The sentence model's vector of each passage, computed once and shared by every instance: keyed by the SHA-256 of
-- the folded passage and the model's id, so an edited document computes only its changed passages again and a new
-- model computes its own beside the old one's.
create table meaning_vector (
    text_hash varchar(64)  not null,
    model     varchar(100) not null,
    vector    bytea        not null,
    primary key (text_hash, model)
);
