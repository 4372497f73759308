package org.twintowns.kubernetes;

/** One cross-check of a rendered overlay. */
interface Check {

    void check(Installation installation, Findings findings);
}
