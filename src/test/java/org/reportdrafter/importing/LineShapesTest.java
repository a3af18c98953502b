package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.ReportKind;

/** Line shapes around the body, each with lines a clerk would and would not take for it. */
class LineShapesTest {
    @Test
    void furnitureIsTheShapeOfAWholeLineNotAWord() {
        for (String yes : List.of("首页 > 通知公告 > 工作计划", "当前位置：首页>教育动态", "上一篇：关于做好2024年春季开学工作的通知",
                "下一篇：无", "发布时间：2024-03-01 浏览次数：123", "编辑:紫陌红尘 识别码:11-903924 发布时间: 2024-02-08 22:56:27 来源:网络",
                "【打印本页】【关闭窗口】", "[打印] [关闭]", "返回顶部", "TOP", "Copyright © 2024 某某中学 版权所有",
                "浙ICP备12345678号", "本文内容来源于网络，如有侵权请联系本站删除。", "区教育局201X年工作要点(精)", "分享到：")) {
            assertTrue(LineShapes.isFurniture(yes), yes);
        }
        for (String no : List.of("3.畅通家校沟通渠道。通过学校微信公众号、举报电话和家长学校等渠道听取意见，在学校网站提供招生政策和办事指南下载。",
                "严厉打击侵权盗版行为，保护知识产权。", "来源广泛的优质课程资源进入课堂。", "发布时间安排见附件。", "一、指导思想",
                "区教育局2024年工作要点")) {
            assertFalse(LineShapes.isFurniture(no), no);
        }
    }

    @Test
    void partsOfAnOfficialDocument() {
        assertTrue(LineShapes.isDocNumber("青教发〔2025〕12号"));
        assertTrue(LineShapes.isDocNumber("X教办[2024]3号"));
        assertFalse(LineShapes.isDocNumber("根据青教发〔2025〕12号文件要求"));
        for (String note : List.of("（征求意见稿）", "(讨论稿)", "（2020-2022）", "（第3号）", "（有修改）", "(2010年3月～2015年2月)")) {
            assertTrue(LineShapes.isStageNote(note), note);
        }
        assertFalse(LineShapes.isStageNote("（一）加强组织领导"));
        assertTrue(LineShapes.isOccasion("（1月13日下午4点，行政楼会议室四）"));
        assertTrue(LineShapes.isOccasion("（2025年2月18日，县行政中心三楼会议室）"));
        assertFalse(LineShapes.isOccasion("（征求意见稿）"));
        assertTrue(LineShapes.isAuthorLine("绍兴一中党委书记、校长  王 琛"));
        assertTrue(LineShapes.isAuthorLine("县委常委、副县长　李建国"));
        assertTrue(LineShapes.isAuthorLine("孙洪亮"));
        assertFalse(LineShapes.isAuthorLine("目  录"));
        assertFalse(LineShapes.isAuthorLine("一、指导思想"));
        for (String a : List.of("各乡镇中心学校：", "各区、县（市）教育局：", "各位领导、各位代表：", "同志们：", "全体教职工：",
                "各乡镇中心学校，县直各学校：", "各位教职员工，大家好！")) {
            assertTrue(LineShapes.isAddressee(a), a);
        }
        for (String a : List.of("为全面推进素质教育，特制定本方案如下：", "主要做法：", "指导思想：")) {
            assertFalse(LineShapes.isAddressee(a), a);
        }
        assertTrue(LineShapes.isAttachmentNote("附件：1.2026年春季学期校园安全隐患排查统计表"));
        assertTrue(LineShapes.isAttachmentNote("附：绍兴市第一中学教育信息化三年行动计划重点任务清单"));
        assertTrue(LineShapes.isAttachmentHead("附件1"));
        assertTrue(LineShapes.isAttachmentHead("附件"));
        assertArrayEquals(new String[] {"附件9", "绍兴市第一中学教职工竞聘（直聘）申报表"},
                LineShapes.attachmentHead("附件9 绍兴市第一中学教职工竞聘（直聘）申报表"));
        assertFalse(LineShapes.isAttachmentHead("附件1：统计表"));
        assertTrue(LineShapes.isNote("（联系人：陈明，电话：0578-6812345）"));
        assertEquals("市教育局，县政府办公室", LineShapes.copyTo("抄送：市教育局，县政府办公室。"));
        assertArrayEquals(new String[] {"青田县教育局办公室", "2025年12月31日"},
                LineShapes.issued("青田县教育局办公室　　　　　　　　2025年12月31日印发"));
        assertNull(LineShapes.issued("各校要在12月31日前印发"));
    }

    @Test
    void datesAsWritten() {
        for (String d : List.of("2025年12月30日", "2010年2月", "二〇二五年十二月三十日", "二○一六年一月八日", "1月13日", "2017.9.20", "2011.2.")) {
            assertTrue(DocumentMeta.isDateLine(d), d);
        }
        for (String d : List.of("3至5月", "9月，开展教师节表彰活动。", "2025年", "12月")) {
            assertFalse(DocumentMeta.isDateLine(d), d);
        }
        assertEquals(2025, DocumentMeta.dateYear("二〇二五年十二月三十日"));
        assertEquals(2017, DocumentMeta.dateYear("2017.9.20"));
    }

    @Test
    void genreAndKindFromTheDocumentsOwnName() {
        assertEquals("通知", DocumentMeta.genre("关于公布绍兴市第一中学教育信息化三年行动计划（2020-2022）的通知"));
        assertEquals(ReportKind.OTHER, DocumentMeta.kind("关于公布绍兴市第一中学教育信息化三年行动计划（2020-2022）的通知"));
        assertEquals("讲话", DocumentMeta.genre("在主题教育总结大会上的讲话"));
        assertEquals(ReportKind.OTHER, DocumentMeta.kind("在主题教育总结大会上的讲话"));
        assertEquals("述职述廉述德述法报告", DocumentMeta.genre("2023年度述职述廉述德述法报告"));
        assertEquals(ReportKind.SUMMARY, DocumentMeta.kind("2023年度述职述廉述德述法报告"));
        assertEquals(ReportKind.PLAN, DocumentMeta.kind("2016年绍兴一中高一新生军训实施方案"));
        assertEquals(ReportKind.PLAN, DocumentMeta.kind("绍兴一中五年发展规划"));
        assertEquals(ReportKind.PLAN, DocumentMeta.kind("2025学年第一学期开学典礼方案及工作安排"));
        assertEquals(ReportKind.SUMMARY_AND_PLAN, DocumentMeta.kind("乐清市教育局2018年工作总结和2019年工作思路"));
        assertEquals("行事历", DocumentMeta.genre("绍兴一中期末工作行事历"));
        assertEquals(ReportKind.OTHER, DocumentMeta.kind("绍兴一中期末工作行事历"));
        assertEquals("绍兴市第一中学", DocumentMeta.organization("2021年绍兴市第一中学“县管校聘”实施方案"));
        assertEquals("", DocumentMeta.organization("在主题教育总结大会上的讲话"));
        assertEquals(2020, DocumentMeta.year("绍兴市第一中学教育信息化三年行动计划（2020-2022）"));
        assertEquals(2025, DocumentMeta.year("2025学年第一学期开学典礼方案及工作安排"));
    }
}
