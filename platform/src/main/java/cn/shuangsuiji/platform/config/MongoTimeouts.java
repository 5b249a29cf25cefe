package cn.shuangsuiji.platform.config;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/** The platform's MongoDB client timeouts ({@code ssj.mongo.*}), applied on top of the connection string. */
public final class MongoTimeouts {

    private MongoTimeouts() {
    }

    public static MongoClientSettingsBuilderCustomizer customizer(PlatformProperties.Mongo mongo) {
        return builder -> builder
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        mongo.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) mongo.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) mongo.socketTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
