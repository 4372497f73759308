package org.twintowns.partnerships.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.repository.PartnershipFilter;
import org.twintowns.partnerships.partnership.repository.PartnershipStatisticsRepository;
import org.twintowns.partnerships.partnership.repository.PartnershipStatisticsRepository.YearCount;
import org.twintowns.partnerships.partnership.rest.PartnershipStatisticsView;

/** Statistics over partnerships, from the database's aggregates, shaped for charts. */
@ApplicationScoped
public class PartnershipStatisticsService {

    @Inject
    PartnershipStatisticsRepository repository;

    public PartnershipStatisticsView statistics(PartnershipFilter filter) {
        Map<Partnership.Type, Long> byType = repository.byType(filter).stream()
                .collect(Collectors.toMap(PartnershipStatisticsRepository.TypeCount::type,
                        PartnershipStatisticsRepository.TypeCount::count));
        Map<Partnership.Status, Long> byStatus = repository.byStatus(filter).stream()
                .collect(Collectors.toMap(PartnershipStatisticsRepository.StatusCount::status,
                        PartnershipStatisticsRepository.StatusCount::count));
        return new PartnershipStatisticsView(
                repository.total(filter),
                repository.byPartnerCountry(filter).stream()
                        .map(c -> new PartnershipStatisticsView.CountryCount(c.country(), c.count())).toList(),
                // Every type and status, zeros included: a chart's categories should not depend on the data.
                Arrays.stream(Partnership.Type.values())
                        .map(t -> new PartnershipStatisticsView.TypeCount(t, byType.getOrDefault(t, 0L))).toList(),
                Arrays.stream(Partnership.Status.values())
                        .map(s -> new PartnershipStatisticsView.StatusCount(s, byStatus.getOrDefault(s, 0L))).toList(),
                repository.byDecade(filter).stream()
                        .map(d -> new PartnershipStatisticsView.DecadeCount(d.decade(), d.count())).toList(),
                continuousYears(repository.byYear(filter)));
    }

    /** Fills the years without new partnerships, so that a growth curve has no gaps. */
    private static List<PartnershipStatisticsView.YearCount> continuousYears(List<YearCount> years) {
        List<PartnershipStatisticsView.YearCount> result = new ArrayList<>();
        long cumulative = 0;
        int next = years.isEmpty() ? 0 : years.get(0).year();
        for (YearCount year : years) {
            for (; next < year.year(); next++) {
                result.add(new PartnershipStatisticsView.YearCount(next, 0, cumulative));
            }
            cumulative = year.cumulative();
            result.add(new PartnershipStatisticsView.YearCount(year.year(), year.count(), cumulative));
            next = year.year() + 1;
        }
        return result;
    }
}
