package id.pendamping.curriculum.domain;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson bodies: CommonMark (with tables) rendered to HTML, then sanitised, so whatever a content
 * file holds, a page only ever shows headings, paragraphs, lists, emphasis, tables and safe links.
 * Raw HTML in a lesson is reported as an error, with its line, rather than silently dropped.
 */
public final class LessonMarkdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "dl", "dt", "dd").toFactory());

    private LessonMarkdown() {
    }

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Line numbers (1-based, within the given text) of raw HTML, which lessons must not contain. */
    public static List<Integer> rawHtmlLines(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Integer> lines = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                lines.add(lineOf(block));
            }

            @Override
            public void visit(HtmlInline inline) {
                lines.add(lineOf(inline));
            }

            private int lineOf(Node node) {
                Node withSpan = node;
                while (withSpan != null && withSpan.getSourceSpans().isEmpty()) {
                    withSpan = withSpan.getParent();
                }
                return withSpan == null ? 1 : withSpan.getSourceSpans().get(0).getLineIndex() + 1;
            }
        });
        return lines;
    }
}
