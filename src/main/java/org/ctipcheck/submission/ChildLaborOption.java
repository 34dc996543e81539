package org.ctipcheck.submission;

/** FAR 52.222-18(c)(1) will not supply a listed end product from the listed country; (c)(2) may, after good-faith effort. */
public enum ChildLaborOption { WILL_NOT_SUPPLY_LISTED_PRODUCTS, MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT }
