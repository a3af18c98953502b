package org.reportdrafter.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an official document around its body (GB/T 9704-2012): 发文字号, a slogan main title,
 * the title as it stands over one to three lines, a notice that wraps the document, 主送机关 or
 * salutation, the speaker and occasion of a speech, 附件说明 and the attachments, 落款, the date as
 * written, 附注, and the 版记 (抄送, 印发机关, 印发日期). The importer fills them, the app edits them,
 * the exporter and the checks read them: nothing is guessed twice. Empty strings and lists mean
 * "not present".
 */
public final class DocumentParts {
    private String docNumber = "";
    private String headline = "";
    private final List<String> titleLines = new ArrayList<>();
    private final List<String> wrapper = new ArrayList<>();
    private String addressee = "";
    private String author = "";
    private String occasion = "";
    private final List<String> attachmentNotes = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String> signature = new ArrayList<>();
    private String dateText = "";
    private String note = "";
    private String copyTo = "";
    private String issuedBy = "";
    private String issuedOn = "";
    private String genre = "";
    private String docSerial = "";
    private String secretLevel = "";
    private String urgency = "";
    private String signedOffBy = "";
    private PlanLink answers;

    private static String nn(String s) {
        return s == null ? "" : s.strip();
    }

    /** 发文字号: 某教发〔2025〕7号. */
    public String docNumber() {
        return docNumber;
    }

    public void setDocNumber(String v) {
        docNumber = nn(v);
    }

    /** A slogan standing above a ——… line; "" if the document has none. */
    public String headline() {
        return headline;
    }

    public void setHeadline(String v) {
        headline = nn(v);
    }

    /** The title as it was broken over lines in the source (the report's title joins them). */
    public List<String> titleLines() {
        return titleLines;
    }

    /** Paragraphs of a notice that wraps the document (关于印发…的通知, 现将…印发给你们). */
    public List<String> wrapper() {
        return wrapper;
    }

    /** 主送机关 or salutation, with its colon: 各乡镇中心学校：. */
    public String addressee() {
        return addressee;
    }

    public void setAddressee(String v) {
        addressee = nn(v);
    }

    /** A speech's speaker line (name, or post and name) or a report's author line. */
    public String author() {
        return author;
    }

    public void setAuthor(String v) {
        author = nn(v);
    }

    /** The time-and-place line of a speech, with its brackets. */
    public String occasion() {
        return occasion;
    }

    public void setOccasion(String v) {
        occasion = nn(v);
    }

    /** 附件说明 lines after the body: 附件：1.… and the lines under it. */
    public List<String> attachmentNotes() {
        return attachmentNotes;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** 落款: one or more signer lines. */
    public List<String> signature() {
        return signature;
    }

    /** 成文日期 as written (2025年12月30日, 2010年2月, 二〇二五年十二月三十日). */
    public String dateText() {
        return dateText;
    }

    public void setDateText(String v) {
        dateText = nn(v);
    }

    /** 附注, with its brackets. */
    public String note() {
        return note;
    }

    public void setNote(String v) {
        note = nn(v);
    }

    /** 抄送 line of the 版记, without the 抄送： lead. */
    public String copyTo() {
        return copyTo;
    }

    public void setCopyTo(String v) {
        copyTo = nn(v);
    }

    /** 印发机关 of the 版记. */
    public String issuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String v) {
        issuedBy = nn(v);
    }

    /** 印发日期 of the 版记 as written. */
    public String issuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String v) {
        issuedOn = nn(v);
    }

    /** The document's own name for its genre: 工作要点, 工作思路, 述职报告, 行事历, 通知… */
    public String genre() {
        return genre;
    }

    public void setGenre(String v) {
        genre = nn(v);
    }

    /** 份号 of the 版头 (GB/T 9704 7.2.1): the copy's number, 6 digits as printed (000001). */
    public String docSerial() {
        return docSerial;
    }

    public void setDocSerial(String v) {
        docSerial = nn(v);
    }

    /** 密级和保密期限 of the 版头 (7.2.2), as printed: 秘密★1年. */
    public String secretLevel() {
        return secretLevel;
    }

    public void setSecretLevel(String v) {
        secretLevel = nn(v);
    }

    /** 紧急程度 of the 版头 (7.2.3): 特急 or 加急. */
    public String urgency() {
        return urgency;
    }

    public void setUrgency(String v) {
        urgency = nn(v);
    }

    /** 签发人 of an upward document (上行文, 7.2.5): the name(s) only, without the label. */
    public String signedOffBy() {
        return signedOffBy;
    }

    public void setSignedOffBy(String v) {
        signedOffBy = nn(v);
    }

    /** The plan this summary answers (set by 由计划起草总结), or null. Not a printed part: never exported. */
    public PlanLink answers() {
        return answers;
    }

    public void setAnswers(PlanLink link) {
        answers = link;
    }

    public boolean isEmpty() {
        return docNumber.isEmpty() && headline.isEmpty() && titleLines.isEmpty() && wrapper.isEmpty()
                && addressee.isEmpty() && author.isEmpty() && occasion.isEmpty() && attachmentNotes.isEmpty()
                && attachments.isEmpty() && signature.isEmpty() && dateText.isEmpty() && note.isEmpty()
                && copyTo.isEmpty() && issuedBy.isEmpty() && issuedOn.isEmpty() && genre.isEmpty()
                && docSerial.isEmpty() && secretLevel.isEmpty() && urgency.isEmpty() && signedOffBy.isEmpty();
    }

    /** Every text of the parts (attachments included), for search and character counts. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (String s : List.of(docNumber, headline, addressee, author, occasion, dateText, note, copyTo, issuedBy, issuedOn,
                docSerial, secretLevel, urgency, signedOffBy)) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        out.addAll(wrapper);
        out.addAll(attachmentNotes);
        out.addAll(signature);
        for (Attachment a : attachments) {
            if (!a.title().isEmpty()) {
                out.add(a.title());
            }
            for (OutlineNode n : a.root().subtree()) {
                if (!n.heading().isEmpty()) {
                    out.add(n.heading());
                }
                out.addAll(n.body());
                for (Table t : n.tables()) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    public DocumentParts copy() {
        DocumentParts p = new DocumentParts();
        p.docNumber = docNumber;
        p.headline = headline;
        p.titleLines.addAll(titleLines);
        p.wrapper.addAll(wrapper);
        p.addressee = addressee;
        p.author = author;
        p.occasion = occasion;
        p.attachmentNotes.addAll(attachmentNotes);
        for (Attachment a : attachments) {
            p.attachments.add(a.copy());
        }
        p.signature.addAll(signature);
        p.dateText = dateText;
        p.note = note;
        p.copyTo = copyTo;
        p.issuedBy = issuedBy;
        p.issuedOn = issuedOn;
        p.genre = genre;
        p.docSerial = docSerial;
        p.secretLevel = secretLevel;
        p.urgency = urgency;
        p.signedOffBy = signedOffBy;
        p.answers = answers;
        return p;
    }
}
