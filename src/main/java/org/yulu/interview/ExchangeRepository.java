package org.yulu.interview;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

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

    static Specification<InterviewExchange> filter(String interviewee, String sourceId) {
        return (root, query, cb) -> cb.and(
                interviewee == null ? cb.conjunction() : cb.equal(root.get("interviewee"), interviewee),
                sourceId == null ? cb.conjunction() : cb.equal(root.get("source").get("id"), sourceId));
    }
}
