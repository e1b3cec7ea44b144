package inkwell.ink.unipen;

/** Fast parsing of a whitespace-separated row of numbers, the bulk of a UNIPEN file. */
final class NumberRow {
    private NumberRow() {
    }

    /**
     * Parses up to {@code out.length} numbers from {@code line} into {@code out}; returns how many, or -1 when a
     * token is not a number.
     */
    static int parse(String line, double[] out) {
        int count = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (count >= out.length) {
                count++;
                continue; // extra channels beyond what a reader needs: ignored, but counted
            }
            double value = parseNumber(line, start, i);
            if (Double.isNaN(value)) {
                return -1;
            }
            out[count++] = value;
        }
        return Math.min(count, out.length);
    }

    private static double parseNumber(String s, int from, int to) {
        boolean negative = false;
        int i = from;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i == to) {
            return Double.NaN;
        }
        long value = 0;
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9' || j - i > 15) {
                return looksDecimal(s, from, to) ? slowParse(s.substring(from, to)) : Double.NaN;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    /** Only digits, signs, a point and exponents: worth handing to the full parser (which throws on words). */
    private static boolean looksDecimal(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("0123456789+-.eE".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double slowParse(String token) {
        try {
            double v = Double.parseDouble(token);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
