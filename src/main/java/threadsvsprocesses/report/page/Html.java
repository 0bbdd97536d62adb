package threadsvsprocesses.report.page;

/** Text made safe for HTML: every page escapes everything it did not write itself. */
public final class Html {

    private Html() {
    }

    /** Text safe in HTML content and in quoted attribute values: escapes &amp; &lt; &gt; &quot; and &#39;. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
