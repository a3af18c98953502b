package org.reportdrafter.importing;

import java.util.regex.Pattern;

/**
 * The shapes of the lines around the body of an official document: web-page furniture, 发文字号, stage
 * notes, speaker and occasion lines, 主送机关, 附件说明, attachment heads, 落款, 附注 and 版记. Each is told
 * by the shape of the whole line, never by a word that also occurs in ordinary sentences.
 */
final class LineShapes {
    private LineShapes() {
    }

    /** The line stripped, ideographic spaces read as spaces (for matching only; the text is kept as written). */
    private static String norm(String l) {
        return l.replace('\u3000', ' ').strip();
    }

    /**
     * Site furniture, each alternative anchored to the whole line: breadcrumbs, 上一篇/下一篇, article
     * metadata rows (发布时间：… 浏览次数：…), print/close/font-size buttons, share and QR prompts,
     * copyright, ICP and support lines, and bare links.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(首页|当前位置|您的位置|您现在的位置|你的位置|位置)\\s*[:：>＞»›].*"
                    + "|^[^。，；！？]{0,40}(\\s*[>＞»›]\\s*[^。，；！？>＞»›]{1,20}){2,}$"
                    + "|^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\\s*[:：].*"
                    + "|^(?:(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|文章来源|信息来源|作者|编辑|责任编辑|审核|点击|点击数|点击量|浏览|浏览次数|浏览量|阅读|阅读量|阅读次数|访问量|字号|识别码|供稿)\\s*[:：]\\s*(?:[^：:。；！？]|[0-9][:：][0-9]){0,40}?\\s*){2,}$"
                    + "|^(?:发布时间|发布日期|发表时间|更新时间|点击数|浏览次数|阅读次数|阅读量|责任编辑|文章来源|信息来源|识别码)\\s*[:：][^。；！？]{0,40}$"
                    + "|^(【[^】]{1,8}】\\s*){1,6}$"
                    + "|^\\[[^\\]]{1,8}\\](\\s*\\[[^\\]]{1,8}\\])*$"
                    + "|^(打印本页|打印此页|打印|关闭窗口|关闭|返回|返回顶部|返回列表|回到顶部|TOP|top|收藏|分享|分享到|加入收藏|设为首页|相关文章|相关阅读|相关推荐|热门文章|推荐阅读|扫一扫|扫码分享)\\s*[:：]?\\s*$"
                    + "|^分享到\\s*[:：].*|^字体\\s*[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小.*"
                    + "|^(Copyright|copyright|COPYRIGHT|版权所有|©).*|.*(ICP备|ICP证|公网安备|技术支持\\s*[:：]).*"
                    + "|^(https?://|www\\.)\\S*$"
                    + "|.*(本站|本网站|如有侵权|如若转载|转载请注明|转载请保留|版权归原作者|仅代表作者|免责声明).*"
                    + "|.*(出处|原文链接|本文链接|本文地址)\\s*[:：]\\s*https?://.*"
                    + "|.{2,60}[\\[【(（](精|精选|模版|模板|范文|完整版|通用[0-9]+篇|[0-9一二三四五六七八九十]+篇)[\\]】)）]$|.{2,60}[0-9一二三四五六七八九十]+篇$"
                    + "|^(全文)?[0-9]+\\s*字$|^阅读全文$|^展开全文$|^本文(链接|地址)\\s*[:：].*");

    /** A web page title repeated with the site's suffix: 区教育局2015年工作要点(精) - 某某范文网. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(".{4,60}\\s[-_|—]{1,2}\\s?[^\\s。，]{2,20}(网|站|文库|频道|首页)$");

    static boolean isFurniture(String l) {
        String t = norm(l);
        return FURNITURE.matcher(t).matches() || SITE_SUFFIX.matcher(t).matches();
    }

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "^[\\p{IsHan}A-Za-z]{1,20}\\s*[〔\\[［(（【]\\s*[0-9０-９]{4}\\s*[〕\\]］)）】]\\s*[0-9０-９]{1,4}\\s*号$");

    /** 发文字号: 某教发〔2025〕7号 (and the bracket forms a checker would flag). */
    static boolean isDocNumber(String l) {
        return DOC_NUMBER.matcher(norm(l)).matches();
    }

    private static final Pattern STAGE_NOTE = Pattern.compile("^[（(]\\s*[0-9]{4}\\s*年\\s*([0-9]{1,2}\\s*月)?\\s*[-—－~～至到]+\\s*[0-9]{4}\\s*年\\s*([0-9]{1,2}\\s*月)?\\s*[）)]$|"
            + "^[（(]\\s*(征求意见稿|讨论稿|送审稿|审议稿|草案|草稿|修改稿|修订稿|初稿|定稿|试行|暂行|有修改|第[0-9０-９一二三四五六七八九十]+号|第[0-9]+期|"
                    + "[0-9]{4}\\s*[-—－~～至到]\\s*[0-9]{2,4}\\s*年?|[0-9]{4}\\s*年?)\\s*[）)]$");

    /** A stage or period note that belongs to the title: （征求意见稿）, （2020-2022）, （第3号）. */
    static boolean isStageNote(String l) {
        return STAGE_NOTE.matcher(norm(l)).matches();
    }

    private static final Pattern OCCASION = Pattern.compile(
            "^[（(][^（）()]{4,60}[）)]$");

    /** The time-and-place line of a speech: （1月13日下午4点，行政楼会议室四）. */
    static boolean isOccasion(String l) {
        String t = norm(l);
        return OCCASION.matcher(t).matches() && !isStageNote(t)
                && t.matches(".*([0-9０-９一二三四五六七八九十]+月|[0-9]+日|[上下]午|[0-9]+[:：点]|会议|礼堂|会场|报告厅|大厅|室|馆).*");
    }

    private static final Pattern POST = Pattern.compile(
            ".*(书记|校长|局长|主任|部长|院长|园长|处长|科长|组长|委员|主席|副|董事长|经理|教师|老师|同志|代表|负责人)\\s*[\\p{IsHan}]{1,2}\\s*[\\p{IsHan}]{1,3}$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}](\\s{0,3}[\\p{IsHan}]){1,3}$");
    /** Two to four characters that stand alone on a line but are not names. */
    private static final Pattern NOT_NAME = Pattern.compile("^(目\\s*录|前\\s*言|引\\s*言|序\\s*言|结\\s*语|后\\s*记|附\\s*件|附\\s*表|说\\s*明|备\\s*注|附\\s*录|注\\s*释|摘\\s*要|正\\s*文|通\\s*知|公\\s*告|校\\s*办)$");

    /** A speaker or author line under a title: 绍兴一中党委书记、校长  王 琛; 孙洪亮; 王  琛. */
    static boolean isAuthorLine(String l) {
        String t = norm(l);
        if (t.length() > 40 || OutlineParser.endsWithPunct(t) || t.matches(".*[。，；！？：:].*") || Enumerator.at(t) != null) {
            return false;
        }
        if (NOT_NAME.matcher(t).matches()) {
            return false;
        }
        return NAME.matcher(t).matches() || POST.matcher(t).matches() && t.matches(".*\\S\\s+\\S.*");
    }

    /** A person's name alone on a line (two to four characters, maybe spaced). */
    static boolean isPersonName(String l) {
        return NAME.matcher(norm(l)).matches() && !NOT_NAME.matcher(norm(l)).matches() && !DocumentMeta.hasKindWord(l);
    }

    private static final Pattern ADDRESSEE = Pattern.compile("^[^。；;！!？?]{2,60}[：:]$");
    private static final Pattern GREETING = Pattern.compile("^(各位|尊敬的|亲爱的)[^。，]{1,30}[，,](大家好|你们好|上午好|下午好|晚上好)[！!]$");

    /** 主送机关 or salutation: 各乡镇中心学校：, 各区、县（市）教育局：, 各位领导、各位代表：, 同志们：. */
    static boolean isAddressee(String l) {
        String t = norm(l);
        if (GREETING.matcher(t).matches()) {
            return true;
        }
        if (!ADDRESSEE.matcher(t).matches() || Enumerator.at(t) != null) {
            return false;
        }
        String name = t.substring(0, t.length() - 1);
        if (name.matches(".*[，,].*") && !name.matches("^[^，,]*(各|全体)[^，,]*[，,].*")) {
            return false; // a comma inside: only a list of addressees (各乡镇中心学校，县直各学校：)
        }
        return name.startsWith("各") || name.startsWith("尊敬的") || name.startsWith("亲爱的") || name.startsWith("全体")
                || name.matches(".*(同志们|同志|领导|代表|老师们|老师|同学们|同学|教工|教职工|教职员工|家长|朋友们|委员|来宾|嘉宾)(们)?")
                || name.matches(".*(局|委|办|办公室|中心|学校|学院|幼儿园|政府|部门|单位|处室|科室|处|科|室|年级|学科)");
    }

    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^(附件|附)\\s*([0-9０-９一二三四五六七八九十]{0,3})\\s*[：:]\\s*(\\S.*)?");

    /** The first line of 附件说明: 附件：1.…, 附：…, 附件一：…. */
    static boolean isAttachmentNote(String l) {
        return ATTACHMENT_NOTE.matcher(norm(l)).matches();
    }

    private static final Pattern ATTACHMENT_HEAD = Pattern.compile(
            "^((?:附件|附表|附录)\\s*[0-9０-９一二三四五六七八九十]{0,3})$"
                    + "|^((?:附件|附表|附录)\\s*[0-9０-９一二三四五六七八九十]{1,3})\\s+([^。；！？]{2,60}[^。；！？，、：:])$");

    /** The head of an attachment: 附件, 附件1, 附件二 alone on its line, or 附件9 with its title after a space. */
    static boolean isAttachmentHead(String l) {
        return ATTACHMENT_HEAD.matcher(norm(l)).matches();
    }

    /** Name and title ("" if on the next line) of an attachment head. */
    static String[] attachmentHead(String l) {
        var m = ATTACHMENT_HEAD.matcher(norm(l));
        if (!m.matches()) {
            return new String[] {l.strip(), ""};
        }
        return m.group(1) != null ? new String[] {m.group(1), ""} : new String[] {m.group(2), m.group(3).strip()};
    }

    private static final Pattern NOTE = Pattern.compile("^[（(](此件|本件|联系人|联系电话|此页|此文|注)[^）)]{0,80}[）)]$");

    /** 附注 under the date: （此件公开发布）, （联系人：…，电话：…）. */
    static boolean isNote(String l) {
        return NOTE.matcher(norm(l)).matches();
    }

    private static final Pattern COPY_TO = Pattern.compile("^抄\\s*送\\s*[：:](.*?)[。.]?$");

    static String copyTo(String l) {
        var m = COPY_TO.matcher(norm(l));
        return m.matches() ? m.group(1).strip() : null;
    }

    private static final Pattern ISSUED = Pattern.compile("^(.{2,40}?)\\s+(\\S{6,20}日)\\s*印\\s*发$");

    /** 印发机关 and 印发日期: 某县教育局办公室   2025年12月30日印发. */
    static String[] issued(String l) {
        var m = ISSUED.matcher(norm(l));
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : null;
    }

    /** A rule line of the 版记 (────), kept out of the text. */
    static boolean isRule(String l) {
        String t = norm(l);
        return t.length() >= 3 && t.chars().allMatch(c -> c == '─' || c == '—' || c == '-' || c == '_' || c == '━' || c == '＿' || c == '=');
    }

    /** A 落款 line: an organization or a person, short and without sentence punctuation. */
    static boolean isSignatureLine(String l) {
        String t = norm(l);
        if (t.isEmpty() || t.length() > 30 || t.matches(".*[。，,；;：:！!？?].*") || Enumerator.at(t) != null
                || isAttachmentHead(t) || DocumentMeta.date(t) != null) {
            return false;
        }
        return DocumentMeta.isSignature(t) || isPersonName(t) || t.matches("[\\p{IsHan}][\\p{IsHan}（）()、\\s]{1,29}");
    }
}
