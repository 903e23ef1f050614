package org.yulu.corpus;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AnswerRepeatRepository extends JpaRepository<AnswerRepeat, String> {

    @EntityGraph(attributePaths = "exchange")
    List<AnswerRepeat> findBySourceIdOrderByPosition(String sourceId);

    @Modifying
    @Query("delete from AnswerRepeat r where r.source.id = :sourceId")
    int deleteBySource(String sourceId);
}
