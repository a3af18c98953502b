package org.reportdrafter.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void readsIndicatorValueAndUnitOfTheThreeKindsOfTarget() {
        Quantity rate = Quantity.find("学前三年毛入园率达到98%").get(0);
        assertEquals("学前三年毛入园率", rate.indicator());
        assertEquals(98, rate.value(), 1e-9);
        assertEquals("%", rate.unit());

        Quantity area = Quantity.find("新建校舍3万平方米").get(0);
        assertEquals("新建校舍", area.indicator());
        assertEquals(30000, area.value(), 1e-9);
        assertEquals("平方米", area.unit());
        assertEquals("3万平方米", area.display());

        Quantity training = Quantity.find("培训教师2000人次").get(0);
        assertEquals("培训教师", training.indicator());
        assertEquals(2000, training.value(), 1e-9);
        assertEquals("人次", training.unit());
    }

    @Test
    void twoTargetsInOneSentenceEachGetTheirOwnIndicator() {
        List<Quantity> q = Quantity.find("学前三年毛入园率达到98%，义务教育巩固率保持在99%以上。");
        assertEquals(2, q.size());
        assertEquals("义务教育巩固率", q.get(1).indicator());
        assertEquals(99, q.get(1).value(), 1e-9);
    }

    @Test
    void yearsOrdinalsAndBareNumbersAreNotQuantities() {
        assertTrue(Quantity.find("2025年是收官之年，举办第3届读书节，开展12345活动").isEmpty());
    }

    @Test
    void unitsWithTenThousandsAndYuanCompare() {
        assertEquals(32000, Quantity.find("新建校舍面积约3.2万平方米").get(0).value(), 1e-9);
        assertEquals(52000, Quantity.find("建设资金5.2亿元").get(0).value(), 1e-9);
        assertEquals("万元", Quantity.find("建设资金5.2亿元").get(0).unit());
        assertEquals(1200, Quantity.find("参赛学生1200余人").get(0).value(), 1e-9);
    }

    @Test
    void metOrNotDependsOnWhichWayTheTargetPoints() {
        Quantity more = Quantity.find("培训教师2000人次").get(0);
        assertTrue(more.metBy(2000));
        assertTrue(more.metBy(2300));
        assertFalse(more.metBy(1650));
        Quantity less = Quantity.find("近视率控制在50%以内").get(0);
        assertTrue(less.lowerIsBetter());
        assertTrue(less.metBy(48.5));
        assertFalse(less.metBy(52));
    }
}
