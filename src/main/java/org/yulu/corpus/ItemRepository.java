package org.yulu.corpus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.List;
import java.util.Optional;

/** What the repositories of both kinds of item answer alike; each item is read with its source. */
@NoRepositoryBean
public interface ItemRepository<T extends SourceEntry> extends JpaRepository<T, String>, JpaSpecificationExecutor<T> {

    @Override
    @EntityGraph(attributePaths = "source")
    Page<T> findAll(Specification<T> spec, Pageable pageable);

    @EntityGraph(attributePaths = "source")
    Optional<T> findWithSourceById(String id);

    @EntityGraph(attributePaths = "source")
    List<T> findBySourceIdOrderByPosition(String sourceId);

    @Modifying
    @Query("delete from #{#entityName} e where e.source.id = :sourceId")
    int deleteBySource(String sourceId);
}
