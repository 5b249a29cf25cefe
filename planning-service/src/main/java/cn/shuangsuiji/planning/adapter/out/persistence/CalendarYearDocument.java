package cn.shuangsuiji.planning.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of one version of a year's official schedule; {@code _id} is {@code year:version}. */
@Document("calendar_years")
@CompoundIndex(name = "year_version", def = "{'year': 1, 'version': -1}", unique = true)
record CalendarYearDocument(@Id String id, int year, int version, String schedule, String sha256, int entries,
                            String notice, String publishedBy, Instant publishedAt) {
}
