package inkwell.ink.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a valid document into a nearly-valid one, the inputs that reach deepest into a parser: bit and byte
 * flips, truncation, duplicated, deleted and swapped slices, numbers replaced by NaN, Infinity, huge, tiny or
 * malformed ones, tokens of the format (tags, brackets, keywords, entity declarations) inserted anywhere, moderate
 * nesting, control characters, invalid UTF-8 and byte-order marks. Works on bytes; numbers are found in the
 * Latin-1 view, which maps bytes to characters one to one.
 */
final class Mutator {
    /** Numbers a parser must refuse or survive. */
    static final List<String> BAD_NUMBERS = List.of("NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "inf",
            "1e309", "-1e309", "1e99999", "1e-400", "4.9e-324", "1.7976931348623157e308", "-1.7976931348623157e308",
            "99999999999999999999999999", "9".repeat(400), "0." + "0".repeat(300) + "1", "0x1p3", "1_000", "1e",
            "1e+", "--1", "+-1", "..", ".", "-", "+", "1.2.3", "1e5e5", "1d", "2f", "١٢", "0", "-0", "00001",
            "2147483648", "-9223372036854775809", "1E308", "1.0E-5", " 1 ", "\t7");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?");
    private static final byte[][] PREFIXES = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
            {0, 0, (byte) 0xFE, (byte) 0xFF}, {0, 0, 0}, {0}, {(byte) 0xC3, 0x28}, {(byte) 0xF0, (byte) 0x90},
            {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    private final Random rng;
    private final List<String> tokens;
    private final String open;
    private final String close;

    /**
     * @param tokens pieces of the format to insert (tags, keywords, separators)
     * @param open   what opens one nesting level ({@code <n>} or {@code [}), {@code close} what closes it
     */
    Mutator(Random rng, List<String> tokens, String open, String close) {
        this.rng = rng;
        this.tokens = tokens;
        this.open = open;
        this.close = close;
    }

    /** One to four mutations of {@code valid}. */
    byte[] mutate(byte[] valid) {
        byte[] b = valid;
        int n = 1 + rng.nextInt(4);
        for (int k = 0; k < n; k++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        return switch (rng.nextInt(13)) {
            case 0 -> flipBit(b);
            case 1 -> setByte(b);
            case 2 -> truncate(b);
            case 3 -> duplicateSlice(b);
            case 4 -> deleteSlice(b);
            case 5 -> swapSlices(b);
            case 6, 7 -> replaceNumber(b, pick(BAD_NUMBERS));
            case 8 -> insert(b, rng.nextInt(b.length + 1), utf8(pick(BAD_NUMBERS)));
            case 9, 10 -> insert(b, rng.nextInt(b.length + 1), utf8(pick(tokens)));
            case 11 -> nest(b, 1 + rng.nextInt(rng.nextBoolean() ? 10 : 2000));
            default -> oddBytes(b);
        };
    }

    byte[] flipBit(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        int i = rng.nextInt(c.length);
        c[i] ^= (byte) (1 << rng.nextInt(8));
        return c;
    }

    private byte[] setByte(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        c[rng.nextInt(c.length)] = (byte) rng.nextInt(256);
        return c;
    }

    byte[] truncate(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : rng.nextInt(b.length));
    }

    private byte[] duplicateSlice(byte[] b) {
        int[] s = slice(b);
        byte[] piece = java.util.Arrays.copyOfRange(b, s[0], s[1]);
        int times = rng.nextInt(10) == 0 ? 1 + rng.nextInt(50) : 1;
        byte[] out = b;
        for (int t = 0; t < times; t++) {
            out = insert(out, s[1], piece);
        }
        return out;
    }

    private byte[] deleteSlice(byte[] b) {
        int[] s = slice(b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, s[0]);
        out.write(b, s[1], b.length - s[1]);
        return out.toByteArray();
    }

    private byte[] swapSlices(byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int cut1 = rng.nextInt(b.length), cut2 = rng.nextInt(b.length);
        int lo = Math.min(cut1, cut2), hi = Math.max(cut1, cut2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, hi, b.length - hi);
        out.write(b, lo, hi - lo);
        out.write(b, 0, lo);
        return out.toByteArray();
    }

    /** Replaces one number of the document (chosen at random) with {@code replacement}. */
    byte[] replaceNumber(byte[] b, String replacement) {
        String text = latin1(b);
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insert(b, rng.nextInt(b.length + 1), utf8(replacement));
        }
        int[] s = spans.get(rng.nextInt(spans.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, s[0]);
        out.writeBytes(utf8(replacement));
        out.write(b, s[1], b.length - s[1]);
        return out.toByteArray();
    }

    /** Wraps a random slice in {@code depth} levels of nesting (or leaves the levels unclosed, sometimes). */
    byte[] nest(byte[] b, int depth) {
        int[] s = slice(b);
        boolean closed = rng.nextInt(4) != 0;
        String text = latin1(b);
        return latin1(text.substring(0, s[0]) + open.repeat(depth) + text.substring(s[0], s[1])
                + (closed ? close.repeat(depth) : "") + text.substring(s[1]));
    }

    private byte[] oddBytes(byte[] b) {
        return switch (rng.nextInt(4)) {
            case 0 -> insert(new byte[0], 0, concat(PREFIXES[rng.nextInt(PREFIXES.length)], b));
            case 1 -> insert(b, rng.nextInt(b.length + 1), PREFIXES[rng.nextInt(PREFIXES.length)]);
            case 2 -> insert(b, rng.nextInt(b.length + 1), new byte[] {(byte) rng.nextInt(32)});
            default -> insert(b, rng.nextInt(b.length + 1), utf8(new String(Character.toChars(
                    rng.nextBoolean() ? 0x80 + rng.nextInt(0x2000) : 0x1F600 + rng.nextInt(80)))));
        };
    }

    private int[] slice(byte[] b) {
        if (b.length == 0) {
            return new int[] {0, 0};
        }
        int from = rng.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + rng.nextInt(Math.max(1, Math.min(64, b.length - from))));
        return new int[] {from, to};
    }

    String pick(List<String> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static byte[] insert(byte[] b, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(piece);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
