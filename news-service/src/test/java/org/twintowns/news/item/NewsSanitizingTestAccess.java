package org.twintowns.news.item;

/** Shares the hostile body of {@link NewsSanitizingTest} with tests in other packages. */
public final class NewsSanitizingTestAccess {

    public static final String HOSTILE_BODY = NewsSanitizingTest.HOSTILE_BODY;

    private NewsSanitizingTestAccess() {
    }
}
