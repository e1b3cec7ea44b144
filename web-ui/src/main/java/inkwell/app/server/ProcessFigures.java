package inkwell.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bytedeco.javacpp.Pointer;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The process's start-up and memory figures for {@code GET /health}, so that a load test can watch them from
 * outside without a debugger, a JMX port or a forced collection. Heap used rises and falls with every collection;
 * its minimum over a while is the live heap. ND4J keeps its arrays off the heap, and allocates them natively
 * without JavaCPP's accounting ({@code Pointer.totalBytes()} stays at a few hundred bytes), so the process's
 * resident size is reported instead: resident minus committed heap is what lives outside the heap (ND4J's
 * buffers, compiled code, metaspace, thread stacks).
 */
final class ProcessFigures {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ProcessFigures() {
    }

    /**
     * @param readyAfterMillis the JVM's uptime when the server began listening
     */
    static void write(ObjectNode node, long readyAfterMillis, WarmUp warmUp) {
        node.put("uptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime());
        node.put("readyAfterMillis", readyAfterMillis);
        node.put("warmedUp", warmUp.millis().isPresent());
        warmUp.millis().ifPresent(m -> node.put("warmUpMillis", m));
        ObjectNode bytes = node.putObject("memoryBytes");
        bytes.put("heapUsed", MEMORY.getHeapMemoryUsage().getUsed());
        bytes.put("heapCommitted", MEMORY.getHeapMemoryUsage().getCommitted());
        bytes.put("heapMax", MEMORY.getHeapMemoryUsage().getMax());
        bytes.put("nonHeapUsed", MEMORY.getNonHeapMemoryUsage().getUsed());
        bytes.put("directBuffers", ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum());
        // The whole process's resident set, which JavaCPP reads from the operating system.
        bytes.put("resident", Pointer.physicalBytes());
    }
}
