import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws one title card (PNG, 1200 × 675) per demo press release, so that the demo news carry an
 * image whose origin is honest: the project drew it, it is no press photo. Reads tab-separated
 * lines "slug, headline, topics, issuer" from standard input and writes OUTDIR/slug.png.
 *
 * <pre>
 * jq -r '.[] | [.slug, .headline, (.topics | join(", ")), .pressContact.name] | @tsv' demo/news.json \
 *   | java demo/RenderDemoCards.java .run/demo-cards
 * </pre>
 *
 * The same input always gives the same bytes, so reloading the demo never makes a new image.
 */
public class RenderDemoCards {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 675;
    private static final Color NAVY = new Color(0x12355b);
    private static final Color SKY = new Color(0x3d7fc1);
    private static final Color SAND = new Color(0xf3efe6);
    private static final Color GOLD = new Color(0xf2b705);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java demo/RenderDemoCards.java OUTDIR < slug-headline-topics-issuer.tsv");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int count = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 4 || !fields[0].matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("expected slug, headline, topics, issuer: " + line);
            }
            ImageIO.write(card(fields[1], fields[2], fields[3]), "png", out.resolve(fields[0] + ".png").toFile());
            count++;
        }
        System.out.println("rendered " + count + " demo cards into " + out);
    }

    static BufferedImage card(String headline, String topics, String issuer) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(SAND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(NAVY);
        g.fillRect(0, 0, WIDTH, 120);
        g.setColor(GOLD);
        g.fillRect(0, 120, WIDTH, 8);

        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("TwinTowns", 60, 76);
        int subtitleX = 60 + g.getFontMetrics().stringWidth("TwinTowns") + 24;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("Nachrichten aus kommunalen Partnerschaften", subtitleX, 74);

        twinnedTowns(g);

        g.setColor(NAVY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        int y = 215;
        for (String row : wrap(headline, g.getFontMetrics(), 740)) {
            g.drawString(row, 60, y);
            y += 56;
        }
        g.setColor(SKY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString(issuer, 60, y + 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString("Themen: " + topics, 60, y + 58);

        g.setColor(new Color(0x6b6b6b));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("Grafik: TwinTowns-Demodaten · CC0 1.0 · gezeichnet vom Projekt, kein Pressefoto", 60, HEIGHT - 40);
        g.dispose();
        return image;
    }

    /** Two towns joined by an arc: the partnership motif on every card. */
    private static void twinnedTowns(Graphics2D g) {
        int left = WIDTH - 310;
        int right = WIDTH - 90;
        int base = 400;
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GOLD);
        g.draw(new CubicCurve2D.Double(left, base, left + 60, base - 200, right - 60, base - 200, right, base));
        for (int x : new int[] {left, right}) {
            g.setColor(SKY);
            g.fill(new Ellipse2D.Double(x - 34, base - 34, 68, 68));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - 14, base - 14, 28, 28));
        }
    }

    /** Greedy line breaking at spaces, at most five lines (the last one marked with …). */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (metrics.stringWidth(candidate) > width && !row.isEmpty()) {
                rows.add(row.toString());
                row = new StringBuilder(word);
            } else {
                row = new StringBuilder(candidate);
            }
        }
        rows.add(row.toString());
        if (rows.size() > 5) {
            List<String> shortened = new ArrayList<>(rows.subList(0, 5));
            shortened.set(4, shortened.get(4) + " …");
            return shortened;
        }
        return rows;
    }
}
