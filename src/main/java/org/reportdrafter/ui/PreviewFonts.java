package org.reportdrafter.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The fonts the word processor sets the export in on this machine, and their real advance widths, for
 * {@link PreviewLayout} (off the FX thread: AWT font metrics, no JavaFX) and {@link PreviewPane} (which
 * draws each character in the family named here).
 *
 * <p>A style names one font (仿宋_GB2312, 黑体…) for every script. Where that font or a close relative is
 * installed, it sets every character, as in Word on a clerk's PC. Where none is, Word and LibreOffice take
 * the machine's substitutes, one for Chinese and one for Latin text (on Linux fontconfig's matches for the
 * name: Noto Sans CJK SC and DejaVu Sans here), which is why digits and Latin letters have widths of
 * their own. Widths are cached per character.
 */
final class PreviewFonts {
    /** Script of a character as Writer sorts them: Chinese (with full-width punctuation) or Latin. */
    static final int ASIAN = 0;
    static final int LATIN = 1;
    private static final int WEAK = 2;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final float UNIT = 1000f;
    private static final Map<String, Face> FACES = new ConcurrentHashMap<>();
    private static final Map<String, String> FC_MATCH = new ConcurrentHashMap<>();
    private static volatile Set<String> installed;

    private PreviewFonts() {
    }

    /** One style's fonts: the family for Chinese and for Latin characters, and their widths in em. */
    static final class Face {
        final String asianFamily;
        final String latinFamily;
        final boolean bold;
        private final Font asian;
        private final Font latin;
        private final Font[] fallbacks;
        private final Map<Character, Float> asianWidths = new ConcurrentHashMap<>();
        private final Map<Character, Float> latinWidths = new ConcurrentHashMap<>();
        private final Map<Character, String> asianFamilies = new ConcurrentHashMap<>();
        private final Map<Character, String> latinFamilies = new ConcurrentHashMap<>();

        private Face(String asianFamily, String latinFamily, boolean bold) {
            this.asianFamily = asianFamily;
            this.latinFamily = latinFamily;
            this.bold = bold;
            int style = bold ? Font.BOLD : Font.PLAIN;
            asian = new Font(asianFamily, style, (int) UNIT);
            latin = new Font(latinFamily, style, (int) UNIT);
            fallbacks = glyphFallbacks().stream().map(f -> new Font(f, style, (int) UNIT)).toArray(Font[]::new);
        }

        /** The family that draws c (in the given script): the script's font, else one that has the glyph. */
        String family(char c, int script) {
            Map<Character, String> cache = script == LATIN ? latinFamilies : asianFamilies;
            String family = cache.get(c);
            if (family == null) {
                Font f = font(c, script);
                family = f == null ? asianFamily : f.getName();
                cache.put(c, family);
            }
            return family;
        }

        private Font font(char c, int script) {
            Font first = script == LATIN ? latin : asian;
            if (first.canDisplay(c)) {
                return first;
            }
            Font second = script == LATIN ? asian : latin;
            if (second.canDisplay(c)) {
                return second;
            }
            for (Font f : fallbacks) {
                if (f.canDisplay(c)) {
                    return f;
                }
            }
            return null;
        }

        /** Advance width of c in em (a Chinese character is 1). */
        float width(char c, int script) {
            Map<Character, Float> cache = script == LATIN ? latinWidths : asianWidths;
            Float w = cache.get(c);
            if (w == null) {
                Font f = font(c, script);
                w = f == null ? (c < 0x2E80 ? 0.5f : 1f)
                        : (float) (f.createGlyphVector(FRC, new char[] {c}).getGlyphMetrics(0).getAdvanceX() / UNIT);
                cache.put(c, w);
            }
            return w;
        }
    }

    /** The fonts that set text the export gives this font (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体). */
    static Face face(String wanted, boolean bold) {
        return FACES.computeIfAbsent(wanted + (bold ? "/b" : ""), k -> {
            String own = installedRelative(wanted);
            if (own != null) {
                return new Face(own, own, bold);
            }
            return new Face(substitute(wanted, "zh-cn", List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                    "SimSun", "WenQuanYi Micro Hei", "Noto Serif CJK SC")),
                    substitute(wanted, "en", List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")), bold);
        });
    }

    /** The wanted font or a close relative of it (the same design under another name), if installed. */
    static String installedRelative(String wanted) {
        List<String> candidates = switch (wanted) {
            case "黑体" -> List.of("黑体", "SimHei");
            case "楷体_GB2312" -> List.of("楷体_GB2312", "楷体", "KaiTi", "STKaiti");
            case "方正小标宋简体" -> List.of("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong");
            case "宋体" -> List.of("宋体", "SimSun");
            case "仿宋_GB2312", "仿宋" -> List.of("仿宋_GB2312", "仿宋", "FangSong", "STFangsong");
            default -> List.of(wanted);
        };
        Set<String> have = installed();
        for (String c : candidates) {
            if (have.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * What the machine sets text in when a document names a font it lacks: fontconfig's match for the
     * name in that language (LibreOffice asks fontconfig the same), else the first installed candidate.
     */
    private static String substitute(String wanted, String lang, List<String> candidates) {
        String matched = FC_MATCH.computeIfAbsent(wanted + ":lang=" + lang, PreviewFonts::fcMatch);
        if (!matched.isEmpty() && installed().contains(matched)) {
            return matched;
        }
        for (String c : candidates) {
            if (installed().contains(c)) {
                return c;
            }
        }
        return Font.SANS_SERIF;
    }

    private static String fcMatch(String pattern) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return "";
        }
        try {
            Process p = new ProcessBuilder("fc-match", "-f", "%{family[0]}", pattern).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return ""; // no fontconfig tools: the candidate list decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Fonts that may hold a glyph the style's fonts lack (⒈, ─ …), as the machine's glyph fallback. */
    private static List<String> glyphFallbacks() {
        return List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun", "DejaVu Sans").stream()
                .filter(installed()::contains).toList();
    }

    private static Set<String> installed() {
        Set<String> s = installed;
        if (s == null) {
            s = new HashSet<>();
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            s.addAll(List.of(ge.getAvailableFontFamilyNames(Locale.ROOT)));
            s.addAll(List.of(ge.getAvailableFontFamilyNames(Locale.SIMPLIFIED_CHINESE)));
            installed = s;
        }
        return s;
    }

    /**
     * Writer's script of each character: CJK and full-width forms are Chinese; Latin letters, digits and
     * Latin-1 punctuation (§ · ° ×) Latin; general punctuation and symbols (“” — … ① ⒈ ─ ℃) take the
     * script of the text before them, so between Chinese words they are set in the Chinese font, full
     * width. Those that open a paragraph take the script of the office suite's language, Latin in the
     * LibreOffice that renders the export here (measured: a paragraph opening with ① holds one character
     * less than one opening with a Chinese character).
     */
    static int[] scripts(String s) {
        int[] out = new int[s.length()];
        int last = LATIN;
        for (int i = 0; i < s.length(); i++) {
            int k = strong(s.charAt(i));
            if (k != WEAK) {
                last = k;
            }
            out[i] = last;
        }
        return out;
    }

    private static int strong(char c) {
        if (c >= 0x2E80 || (c >= 0x1100 && c <= 0x11FF)) {
            return ASIAN;
        }
        if (c >= 0x2000) {
            return WEAK;
        }
        return LATIN;
    }
}
