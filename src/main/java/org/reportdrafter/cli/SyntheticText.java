package org.reportdrafter.cli;

import java.util.Random;
import org.reportdrafter.domain.ChineseNumerals;

/** Generated plans in the genre's shape, for benchmarks: sections, ㈠ groups, measures numbered straight through. */
public final class SyntheticText {
    private static final String[] TOPICS = {"师资队伍建设", "教研工作", "安全工作", "学前教育", "义务教育均衡发展", "职业教育",
            "德育工作", "体育艺术教育", "教育信息化", "教育督导", "经费管理", "校园文化建设", "招生考试", "家校共育", "特殊教育"};
    private static final String[] VERBS = {"进一步加强", "扎实推进", "持续深化", "全面落实", "切实做好", "积极探索", "不断完善", "大力实施"};
    private static final String[] PHRASES = {"坚持以立德树人为根本任务，全面提高教育教学质量",
            "健全工作机制，明确责任分工，确保各项任务落到实处", "加大督查力度，定期通报进展情况，推动工作取得实效",
            "统筹城乡教育资源配置，缩小校际差距，促进教育公平", "加强教师培训，提升教师专业素养和育人能力",
            "完善考核评价办法，发挥评价的导向和激励作用", "强化校园安全管理，落实一岗双责，杜绝安全事故发生",
            "深化课堂教学改革，推进校本研修，提高课堂效率", "规范办学行为，严格执行课程计划，减轻学生过重课业负担"};

    private SyntheticText() {
    }

    /** A plan of at least {@code minChars} characters, as a .txt body. */
    public static String plan(int year, String org, int minChars, long seed) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        sb.append(org).append(year).append("年工作要点\n\n");
        sb.append(year).append("年，").append(org).append("将以习近平新时代中国特色社会主义思想为指导，").append(PHRASES[0]).append("。\n\n");
        String[] sections = {"指导思想", "总体目标", "具体目标", "重点工作", "保障措施"};
        int measure = 0;
        int section = 0;
        while (sb.length() < minChars) {
            section++;
            String name = section <= sections.length ? sections[section - 1] : "重点工作（续" + section + "）";
            sb.append(ChineseNumerals.toChinese(section)).append("、").append(name).append("\n\n");
            for (int g = 1; g <= 6 && sb.length() < minChars; g++) {
                String topic = TOPICS[rnd.nextInt(TOPICS.length)];
                sb.append("（").append(ChineseNumerals.toChinese(g)).append("）")
                        .append(VERBS[rnd.nextInt(VERBS.length)]).append(topic).append("\n\n");
                for (int m = 0; m < 5; m++) {
                    measure++;
                    sb.append(measure).append(".").append(VERBS[rnd.nextInt(VERBS.length)]).append(topic).append("。");
                    for (int k = 0; k < 3; k++) {
                        sb.append(PHRASES[rnd.nextInt(PHRASES.length)]).append(k == 2 ? "。" : "；");
                    }
                    sb.append("\n\n");
                }
            }
        }
        sb.append(org).append("\n").append(year).append("年1月5日\n");
        return sb.toString();
    }
}
