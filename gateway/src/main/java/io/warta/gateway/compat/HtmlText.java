package io.warta.gateway.compat;

/**
 * A translation answered where the caller sent HTML. The markup itself is not carried over (the text was reduced
 * to what a reader sees before translating, block elements becoming line breaks): the English is escaped, so a
 * client that inserts it as HTML shows it as text, and several lines become paragraphs.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String fromLines(String translation) {
        String[] lines = translation.split("\n");
        StringBuilder html = new StringBuilder(translation.length() + 16);
        int nonBlank = 0;
        for (String line : lines) {
            nonBlank += line.isBlank() ? 0 : 1;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (nonBlank > 1) {
                html.append("<p>");
            }
            escape(line, html);
            if (nonBlank > 1) {
                html.append("</p>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
