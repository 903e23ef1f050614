package org.yulu.corpus;

import org.springframework.data.jpa.repository.Query;
import org.yulu.system.FacetCount;

import java.util.List;

public interface QuoteRepository extends ItemRepository<Quote> {

    @Query("""
            select new org.yulu.system.FacetCount(q.speaker, q.speaker, count(q)) from Quote q
            where (:sourceId is null or q.source.id = :sourceId)
            group by q.speaker order by count(q) desc, q.speaker""")
    List<FacetCount> countBySpeaker(String sourceId);

    @Query("""
            select new org.yulu.system.FacetCount(s.id, s.title, count(q)) from Quote q join q.source s
            where (:speaker is null or q.speaker = :speaker)
            group by s.id, s.title order by s.id""")
    List<FacetCount> countBySource(String speaker);
}
