package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The version of a year's official holiday schedule this service adopted; {@code _id} is the year. */
@Document("calendar_years_adopted")
record AdoptedCalendarYearDocument(@Id int year, int version, String schedule, Instant adoptedAt) {
}
