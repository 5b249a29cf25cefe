package cn.shuangsuiji.registry.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.EntityUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.validation.IdNumber;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The start-up migration rekeys a natural person stored under the old unkeyed id (16 hex of SHA-256 of the ID
 * number): the record, its history and a private alias move to the keyed id, once, and reruns change nothing.
 */
@RequiresRealInfra
@SpringBootTest
class PseudonymMigrationIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_migration_it"));
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PseudonymMigration migration;

    @Autowired
    EntityUseCases entities;

    @Autowired
    DepartmentUseCases departments;

    @Test
    void movesLegacyNaturalPersonsToKeyedIdsOnceAndKeepsTheOldIdAsPrivateAlias() throws Exception {
        Actor system = Actor.system("test");
        departments.register(new RegisterDepartmentCommand(new DepartmentId("mig-amr"), "迁移测试部门",
                DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY, new RegionCode("130634"),
                Optional.empty()), system);
        String idNumber = IdNumber.complete("13063419700101321");
        RegulatedEntity person = entities.register(new EntityDetails("张三", null, idNumber, null, null, null,
                "130634", null, ObjectType.INDIVIDUAL_BUSINESS, EntityStatus.OPERATING, CreditClass.A, List.of(),
                false, false, List.of(), List.of("mig-amr"), "13812345678"), system);
        String keyed = person.id().value();
        assertThat(keyed).isEqualTo(TestPseudonyms.PSEUDONYMS.naturalPersonId(idNumber));

        // make it look like data written before keyed pseudonyms: old id, history under the old id, no record
        String legacy = "ent-p" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(idNumber.getBytes(StandardCharsets.UTF_8)), 0, 8);
        Document doc = mongo.getCollection(RegistrySchema.ENTITIES).find(Filters.eq("_id", keyed)).first();
        doc.put("_id", legacy);
        mongo.getCollection(RegistrySchema.ENTITIES).insertOne(doc);
        mongo.getCollection(RegistrySchema.ENTITIES).deleteOne(Filters.eq("_id", keyed));
        mongo.getCollection(RegistrySchema.HISTORY).updateMany(Filters.eq("recordId", keyed),
                Updates.set("recordId", legacy));
        mongo.getCollection(RegistrySchema.MIGRATIONS).deleteMany(new Document());

        assertThat(migration.run()).isEqualTo(1);
        assertThat(mongo.getCollection(RegistrySchema.ENTITIES).countDocuments(Filters.eq("_id", legacy))).isZero();
        assertThat(entities.get(new EntityId(keyed)).details().idNumber()).isEqualTo(idNumber);
        assertThat(entities.get(new EntityId(legacy)).id().value()).as("old id resolves privately").isEqualTo(keyed);
        assertThat(entities.history(new EntityId(keyed))).extracting(h -> h.action()).contains("REGISTERED");
        assertThat(mongo.getCollection(RegistrySchema.MIGRATIONS).find(Filters.eq("_id", PseudonymMigration.NAME))
                .first()).isNotNull().satisfies(m -> assertThat(m.get("records")).isEqualTo(1L));

        assertThat(migration.run()).as("recorded: not applied again").isZero();
        mongo.getCollection(RegistrySchema.MIGRATIONS).deleteMany(new Document());
        assertThat(migration.run()).as("idempotent per record").isZero();
        assertThat(mongo.getCollection(RegistrySchema.ENTITIES).countDocuments(Filters.eq("_id", keyed)))
                .isEqualTo(1);
    }
}
