package inkwell.app.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic behind the load report: percentiles, the mix of texts, the memory trend. */
class LoadFiguresTest {

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        // 1 to 1000 ms, added out of order.
        LongStream.rangeClosed(1, 1000).map(i -> (i * 7919) % 1000 + 1).forEach(ms -> latencies.add(ms * 1_000_000));
        Latencies.Summary s = latencies.summary();
        assertEquals(1000, s.count());
        assertEquals(500, s.p50());
        assertEquals(950, s.p95());
        assertEquals(990, s.p99());
        assertEquals(1000, s.max());
        assertEquals(0, new Latencies().summary().count());
    }

    @Test
    void mixInterleavesKindsByWeight() {
        TextMix mix = TextMix.parse("word:2, paragraph");
        assertEquals(List.of(TextKind.WORD, TextKind.PARAGRAPH, TextKind.WORD, TextKind.WORD),
                List.of(mix.kind(0), mix.kind(1), mix.kind(2), mix.kind(3)));
        assertEquals("word:2,paragraph:1", mix.toString());
        assertEquals(3, TextKind.PARAGRAPH.text(0).split("\n").length);
        assertThrows(IllegalArgumentException.class, () -> TextMix.parse("poem:1"));
        assertThrows(IllegalArgumentException.class, () -> TextMix.parse("word:0"));
        assertThrows(IllegalArgumentException.class, () -> TextMix.parse("word,word"));
    }

    @Test
    void memoryTrendComparesTheLowestReadingsOfTheFirstAndLastThirds() {
        long mb = 1 << 20;
        // Heap used saws up and down; its floor rises from 20 to 30 MB. Off-heap stays at 100 MB.
        long[] heap = {40, 20, 50, 45, 25, 60, 55, 30, 70};
        List<HealthReading> readings = LongStream.range(0, heap.length).mapToObj(i -> new HealthReading(
                heap[(int) i] * mb, 200 * mb, 300 * mb, 0, 0)).toList();
        MemoryTrend trend = MemoryTrend.of(readings).orElseThrow();
        assertEquals(20 * mb, trend.heapUsed().firstThirdMin());
        assertEquals(30 * mb, trend.heapUsed().lastThirdMin());
        assertEquals(10 * mb, trend.heapUsed().growth());
        assertEquals(0, trend.offHeap().growth());
        assertEquals(100 * mb, trend.offHeap().start());
        assertTrue(MemoryTrend.of(readings.subList(0, 1)).isEmpty());
    }
}
