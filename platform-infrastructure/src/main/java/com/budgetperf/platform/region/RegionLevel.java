package com.budgetperf.platform.region;

/**
 * The level of an administrative division (GB/T 2260), and so of its finance bureau: the province (省级), a
 * prefecture-level city (地市级) or a county-level division (县级: counties, county-level cities, districts and
 * development zones with budgets of their own).
 */
public enum RegionLevel {
    PROVINCE("省级", 2),
    CITY("市级", 4),
    COUNTY("县级", 6);

    private final String label;
    private final int prefixLength;

    RegionLevel(String label, int prefixLength) {
        this.label = label;
        this.prefixLength = prefixLength;
    }

    public String label() {
        return label;
    }

    /** How many leading digits of a six-digit code name a region of this level: 2, 4 or 6. */
    public int prefixLength() {
        return prefixLength;
    }
}
