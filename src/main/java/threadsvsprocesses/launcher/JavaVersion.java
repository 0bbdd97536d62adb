package threadsvsprocesses.launcher;

/** Reads the feature number (8, 17, 21, 25) out of the version strings Java uses. Compiled for Java 8. */
final class JavaVersion {

    private JavaVersion() {
    }

    /**
     * The feature version of a version string such as {@code 1.8.0_392}, {@code 17}, {@code 21.0.5} or
     * {@code 25-ea}; -1 when the string holds none.
     */
    static int feature(String version) {
        if (version == null) {
            return -1;
        }
        String v = version.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return -1;
        }
        try {
            return Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
