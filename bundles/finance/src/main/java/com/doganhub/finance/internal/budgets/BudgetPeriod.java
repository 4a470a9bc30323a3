package com.doganhub.finance.internal.budgets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A budget period written {@code 2026-03} (a month) or {@code 2026-Q1} (a quarter). */
public record BudgetPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period {@code label} names, or {@code null} when it names none. */
    public static BudgetPeriod parse(String label) {
        if (label == null) {
            return null;
        }
        String text = label.strip();
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new BudgetPeriod(text, ym.atDay(1), ym.atEndOfMonth());
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int first = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
            return new BudgetPeriod(text, LocalDate.of(year, first, 1), YearMonth.of(year, first + 2).atEndOfMonth());
        }
        return null;
    }

    /** The label of a stored period. */
    public static String labelOf(LocalDate start, LocalDate end) {
        if (start.getMonth() == end.getMonth()) {
            return YearMonth.from(start).toString();
        }
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
