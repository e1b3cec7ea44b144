package inkwell.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a model came from: data (and its checksum), licence and credit, command, steps, wall time, losses.
 * Travels inside every model file; the keys are free-form so that each stage adds what it knows.
 */
public record Provenance(Map<String, String> entries) {

    public Provenance {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static Provenance empty() {
        return new Provenance(Map.of());
    }

    public Provenance with(String key, Object value) {
        Map<String, String> m = new TreeMap<>(entries);
        m.put(key, String.valueOf(value));
        return new Provenance(m);
    }

    public String get(String key) {
        return entries.getOrDefault(key, "");
    }

    /**
     * Optimiser steps over the chain of runs: this run's and those of every model it continued from, which a run
     * started with {@code --init} keeps under "init." (see TrainModel).
     */
    public long totalTrainingSteps() {
        long total = 0;
        for (String prefix = ""; entries.containsKey(prefix + "training.steps"); prefix += "init.") {
            total += Long.parseLong(entries.get(prefix + "training.steps"));
        }
        return total;
    }
}
