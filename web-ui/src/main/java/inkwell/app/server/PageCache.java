package inkwell.app.server;

import inkwell.app.writing.Page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few pages written, so that the PNG download and the attention picture of what a person sees do not
 * sample it all again. Keyed by everything the page depends on; small, because a page holds its attention
 * (steps times characters per line).
 */
final class PageCache {
    private final Map<WriteSpec.SampleKey, Page> pages;

    PageCache(int capacity) {
        this.pages = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WriteSpec.SampleKey, Page> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Page get(WriteSpec.SampleKey key) {
        return pages.get(key);
    }

    synchronized void put(WriteSpec.SampleKey key, Page page) {
        pages.put(key, page);
    }
}
