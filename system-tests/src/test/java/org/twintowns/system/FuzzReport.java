package org.twintowns.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * The figures of a fuzz run (requests, statuses and latencies per target) and every failed case,
 * grouped by class (kind, status, operation) with the spoilings that led there and reproducers.
 */
final class FuzzReport {

    /** A failed case: the check, the request, what came back. */
    record Failed(FuzzChecks.Failure failure, FuzzCase request, int port, RawHttp.Answer answer) {
    }

    private static final int REPRODUCERS_PER_CLASS = 3;

    private final long seed;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Failed> failed = new ConcurrentLinkedQueue<>();

    private java.time.Duration took = java.time.Duration.ZERO;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void took(java.time.Duration duration) {
        this.took = duration;
    }

    void record(FuzzCase request, int port, RawHttp.Answer answer, List<FuzzChecks.Failure> failures) {
        latencies.computeIfAbsent(request.target(), t -> Collections.synchronizedList(new ArrayList<>())).add(answer.millis());
        String status = answer.error() != null ? "none" : String.valueOf(answer.status());
        statuses.computeIfAbsent(request.target(), t -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
        failures.forEach(f -> failed.add(new Failed(f, request, port, answer)));
    }

    boolean passed() {
        return failed.isEmpty();
    }

    int failedCases() {
        return (int) failed.stream().map(f -> f.request().id()).distinct().count();
    }

    /** The figures per target and, per failure class, its size, its spoilings and a few reproducers. */
    String summary(boolean allCaseIds) {
        StringBuilder out = new StringBuilder();
        out.append("seed ").append(seed).append(" (-Dfuzz.seed=").append(seed).append(")\n\n");
        out.append(String.format("%-26s %8s %8s %8s %8s  %s%n", "target", "requests", "p50 ms", "p99 ms", "max ms", "statuses"));
        long total = 0;
        for (String target : new TreeMap<>(latencies).keySet()) {
            List<Long> sorted;
            synchronized (latencies.get(target)) {
                sorted = latencies.get(target).stream().sorted().toList();
            }
            IntUnaryOperator percentile = p -> (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
            total += sorted.size();
            out.append(String.format("%-26s %8d %8d %8d %8d  %s%n", target, sorted.size(),
                    sorted.get(Math.max(0, percentile.applyAsInt(50))), sorted.get(Math.max(0, percentile.applyAsInt(99))),
                    sorted.get(sorted.size() - 1), new TreeMap<>(statuses.get(target))));
        }
        out.append(String.format("%-26s %8d  in %d s%n", "total", total, took.toSeconds()));
        Map<String, List<Failed>> byClass = failed.stream()
                .collect(Collectors.groupingBy(f -> f.failure().key(), TreeMap::new, Collectors.toList()));
        Map<String, Integer> byKind = new TreeMap<>();
        byClass.values().forEach(list -> byKind.merge(list.get(0).failure().kind(), list.size(), Integer::sum));
        out.append("\nfailures by kind: ").append(byKind.isEmpty() ? "none" : byKind).append("; failed cases: ")
                .append(failedCases()).append("; classes: ").append(byClass.size()).append('\n');
        byClass.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(entry -> describe(out, entry.getKey(), entry.getValue(), allCaseIds));
        return out.toString();
    }

    private static void describe(StringBuilder out, String key, List<Failed> cases, boolean allCaseIds) {
        Map<String, Long> spoilings = cases.stream()
                .flatMap(f -> f.request().mutations().isEmpty() ? java.util.stream.Stream.of("(none)")
                        : f.request().mutations().stream().map(m -> m.replaceAll("huge\\(\\d+\\)", "huge")))
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        out.append("\n== ").append(key).append(": ").append(cases.size()).append(" case(s)\n   spoilings: ")
                .append(spoilings.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(8).map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")))
                .append('\n');
        for (Failed example : cases.subList(0, Math.min(REPRODUCERS_PER_CLASS, cases.size()))) {
            out.append("   [").append(example.request().id()).append("] ").append(example.failure().detail())
                    .append(" (spoilings: ").append(example.request().mutations()).append(")\n      ")
                    .append(example.request().reproducer(example.port())).append("\n      -> ")
                    .append(example.answer().error() != null ? example.answer().error()
                            : example.answer().status() + " " + example.answer().header("Content-Type") + " "
                            + example.answer().millis() + " ms: " + FuzzCase.cut(FuzzCase.printable(example.answer().body()), 300))
                    .append('\n');
        }
        if (allCaseIds) {
            out.append("   all cases: ").append(cases.stream().map(f -> f.request().id()).collect(Collectors.joining(" ")))
                    .append('\n');
        } else if (cases.size() > REPRODUCERS_PER_CLASS) {
            out.append("   cases: ").append(FuzzCase.cut(cases.stream().map(f -> f.request().id())
                    .collect(Collectors.joining(" ")), 600)).append('\n');
        }
    }
}
