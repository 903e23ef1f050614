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

public interface ExchangeRepository extends JpaRepository<InterviewExchange, String>,
        JpaSpecificationExecutor<InterviewExchange> {

    @Override
    @EntityGraph(attributePaths = "source")
    Page<InterviewExchange> findAll(Specification<InterviewExchange> spec, Pageable pageable);

    @EntityGraph(attributePaths = "source")
    Optional<InterviewExchange> findWithSourceById(String id);

    @EntityGraph(attributePaths = "source")
    List<InterviewExchange> findBySourceIdOrderByPosition(String sourceId);

    @Modifying
    @Query("delete from InterviewExchange e where e.source.id = :sourceId")
    int deleteBySource(String sourceId);

    @Query("""
            select new org.yulu.system.FacetCount(e.interviewee, e.interviewee, count(e)) from InterviewExchange e
            where (:sourceId is null or e.source.id = :sourceId)
            group by e.interviewee order by count(e) desc, e.interviewee""")
    List<FacetCount> countByInterviewee(String sourceId);

    @Query("""
            select new org.yulu.system.FacetCount(s.id, s.title, count(e)) from InterviewExchange e join e.source s
            where (:interviewee is null or e.interviewee = :interviewee)
            group by s.id, s.title order by s.id""")
    List<FacetCount> countBySource(String interviewee);
}
