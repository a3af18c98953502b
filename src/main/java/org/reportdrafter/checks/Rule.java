package org.reportdrafter.checks;

import java.util.List;

/** A proofreading rule. Rules are independent and can be switched off per report by id. */
public interface Rule {
    String id();

    /** A short Chinese name for the settings and the panel. */
    String name();

    void check(CheckContext ctx, List<Finding> out);
}
