package org.yulu.corpus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SourceRepository extends JpaRepository<Source, String> {

    Optional<Source> findByFileName(String fileName);

    List<Source> findAllByOrderByIdAsc();

    /** Removes a source; the database removes its quotes, exchanges and repeats with it. */
    @Modifying
    @Query("delete from Source s where s.id = :id")
    int deleteSource(String id);

    @Query("select q.source.id, count(q) from Quote q group by q.source.id")
    List<Object[]> countQuotesBySource();

    @Query("select e.source.id, count(e) from InterviewExchange e group by e.source.id")
    List<Object[]> countExchangesBySource();
}
