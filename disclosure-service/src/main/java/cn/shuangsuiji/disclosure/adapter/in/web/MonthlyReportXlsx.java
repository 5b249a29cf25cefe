package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.domain.MonthlyReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The monthly report in the layout of the S3 annex form (县有关部门“双随机、一公开”监管工作月报表): numbered rows 1–5
 * under the two headings, item 4 with its four sub-rows. Contact fields are left for the department to fill in.
 */
final class MonthlyReportXlsx {

    private MonthlyReportXlsx() {
    }

    static byte[] write(MonthlyReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "shuangsuiji", "1.0");
            Worksheet ws = wb.newWorksheet("月报表");
            ws.width(0, 6);
            ws.width(1, 48);
            ws.width(2, 80);
            int row = 0;
            ws.value(row, 0, "县有关部门“双随机、一公开”监管工作月报表");
            ws.range(row, 0, row, 2).merge();
            ws.style(row, 0).bold().fontSize(14).horizontalAlignment("center").set();
            row++;
            ws.value(row, 0, "单位名称(盖章): " + r.departmentName() + "    报表月份: " + r.month().getYear() + " 年 "
                    + r.month().getMonthValue() + " 月    填表时间: ____ 年 ____ 月 ____ 日");
            ws.range(row, 0, row, 2).merge();
            row++;
            row = heading(ws, row, "一、“双随机、一公开”监管工作安排部署情况");
            row = line(ws, row, "1", "本月召开会议部署随机抽查工作情况", join(r.entries().meetings()));
            row = line(ws, row, "2", "本月印发双随机工作文件情况", join(r.entries().documents()));
            row = line(ws, row, "3", "本月组织随机抽查业务培训情况", join(r.entries().trainings()));
            row = heading(ws, row, "二、“双随机、一公开”监管工作开展情况");
            row = line(ws, row, "4", "本月按年度随机抽查工作计划市本级开展随机抽查情况",
                    "共 " + r.draws().size() + " 次随机抽查");
            row = line(ws, row, "", "本月组织随机抽查的文件", join(r.draws().stream()
                    .map(d -> nz(d.planTitle()) + "（" + d.planId() + "）" + (d.taskName() == null ? "" : "·" + d.taskName()))
                    .toList()));
            row = line(ws, row, "", "随机抽查抽查对象范围、数量、抽查比例", join(r.draws().stream()
                    .map(d -> d.scope() + "：名录 " + d.candidates() + " 户，抽取 " + d.drawn() + " 户，比例 "
                            + (d.ratio() == null ? "—" : d.ratio().movePointRight(2).stripTrailingZeros().toPlainString() + "%"))
                    .toList()));
            row = line(ws, row, "", "随机抽查的检查事项", join(r.draws().stream()
                    .map(d -> d.majorItems() + " 大项、" + d.minorItems() + " 小项").toList()));
            row = line(ws, row, "", "随机抽查结果公示情况", "公示网站：" + r.publishedAt() + "；本月公示 "
                    + r.resultsPublished() + " 条");
            row = line(ws, row, "5", "全县本系统开展随机抽查情况", "开展的单位 " + r.system().departments().size() + " 个（"
                    + String.join("、", r.system().departments()) + "），抽查 " + r.system().draws() + " 次、检查主体 "
                    + r.system().entities() + " 户，公示抽查结果 " + r.system().resultsPublished() + " 条");
            row++;
            ws.value(row, 0, "联系人: _____  联系电话: _____  手机: _____");
            ws.range(row, 0, row, 2).merge();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int heading(Worksheet ws, int row, String text) {
        ws.value(row, 0, text);
        ws.range(row, 0, row, 2).merge();
        ws.style(row, 0).bold().set();
        return row + 1;
    }

    private static int line(Worksheet ws, int row, String number, String label, String content) {
        ws.value(row, 0, number);
        ws.value(row, 1, label);
        ws.value(row, 2, content);
        ws.style(row, 2).wrapText(true).set();
        return row + 1;
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "无" : String.join("\n", lines);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
