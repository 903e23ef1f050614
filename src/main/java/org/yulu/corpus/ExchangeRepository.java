package org.yulu.corpus;

import org.springframework.data.jpa.repository.Query;
import org.yulu.system.FacetCount;

import java.util.List;

public interface ExchangeRepository extends ItemRepository<InterviewExchange> {

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
