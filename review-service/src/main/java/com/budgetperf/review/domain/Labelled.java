package com.budgetperf.review.domain;

/** A domain value with a Chinese label for pages and history (状态、阶段、审计动作 …). */
public interface Labelled {

    String label();

    /** The label of the {@code type} constant named {@code name}; the name itself for one this version does not know. */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant.label();
            }
        }
        return name;
    }
}
