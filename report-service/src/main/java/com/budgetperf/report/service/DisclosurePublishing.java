package com.budgetperf.report.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.repository.DisclosureRepository;
import com.budgetperf.report.repository.ReadSnapshot;

/** A department's disclosure document, inside the caller's region. */
@ApplicationScoped
public class DisclosurePublishing {

    private final DisclosureRepository repository;
    private final ReadSnapshot snapshot;

    public DisclosurePublishing(DisclosureRepository repository, ReadSnapshot snapshot) {
        this.repository = repository;
        this.snapshot = snapshot;
    }

    /**
     * The department (region, code): with {@code departmentRegion} null, the one region inside the caller's where the
     * code filed that year.
     *
     * @throws ProblemException 422 {@code /regionCode} when the code filed in several regions and none was named
     */
    @Transactional
    public Optional<Disclosure> disclosure(String regionPrefix, RegionCode departmentRegion, String departmentCode,
            int fiscalYear, boolean approvedOnly) {
        snapshot.begin();
        String region = departmentRegion == null ? null : departmentRegion.code();
        if (region == null) {
            List<String> regions = repository.regionsOf(regionPrefix, departmentCode, fiscalYear);
            if (regions.size() > 1) {
                throw ProblemException.invalid("/regionCode", "部门代码 " + departmentCode + " 在多个区县都有申报（"
                        + regions.stream().map(code -> RegionCode.labelOf(code) + " " + code).collect(Collectors.joining("、"))
                        + "），请用 regionCode 指明是哪个区县的部门");
            }
            if (regions.isEmpty()) {
                return Optional.empty();
            }
            region = regions.get(0);
        }
        return repository.find(regionPrefix, region, departmentCode, fiscalYear, approvedOnly);
    }
}
