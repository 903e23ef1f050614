package org.yulu.corpus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.yulu.system.FacetCount;

import java.util.List;
import java.util.Optional;

public interface QuoteRepository extends JpaRepository<Quote, String>, JpaSpecificationExecutor<Quote> {

    @Override
    @EntityGraph(attributePaths = "source")
    Page<Quote> findAll(Specification<Quote> spec, Pageable pageable);

    @EntityGraph(attributePaths = "source")
    Optional<Quote> findWithSourceById(String id);

    @EntityGraph(attributePaths = "source")
    List<Quote> findBySourceIdOrderByPosition(String sourceId);

    @Modifying
    @Query("delete from Quote q where q.source.id = :sourceId")
    int deleteBySource(String sourceId);

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
