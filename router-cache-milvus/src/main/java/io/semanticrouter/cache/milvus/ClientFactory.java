package io.semanticrouter.cache.milvus;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.client.RetryConfig;
import io.milvus.v2.service.database.request.CreateDatabaseReq;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Opens Milvus clients for the configured server: deadlines, keep-alive, credentials, TLS, and the database
 * (created first when missing and allowed). Each call makes a new channel; the caller closes it.
 */
final class ClientFactory {

    /** Logs under the cache's name, as operators know it. */
    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);

    private final MilvusCacheConfig config;

    ClientFactory(MilvusCacheConfig config) {
        this.config = config;
    }

    /**
     * A client on the configured database, which is created first when it is missing.
     *
     * @throws IncompatibleCollectionException if the database is missing and may not be created
     */
    MilvusClientV2 connect() {
        if (!"default".equals(config.connection().database())) {
            MilvusClientV2 admin = newClient(null);
            try {
                if (!admin.listDatabases().getDatabaseNames().contains(config.connection().database())) {
                    if (!config.collection().autoCreateCollection()) {
                        throw new IncompatibleCollectionException("Milvus database '" + config.connection().database()
                                + "' does not exist and auto_create_collection is off");
                    }
                    admin.createDatabase(CreateDatabaseReq.builder().databaseName(config.connection().database()).build());
                    log.info("Created Milvus database '{}'", config.connection().database());
                }
            } finally {
                admin.close();
            }
        }
        return newClient(config.connection().database());
    }

    private MilvusClientV2 newClient(String database) {
        ConnectConfig.ConnectConfigBuilder cc = ConnectConfig.builder()
                .uri(config.connection().uri())
                .connectTimeoutMs(config.connection().connectTimeout().toMillis())
                .rpcDeadlineMs(config.connection().requestTimeout().toMillis())
                // relaxed keep-alive: servers (Lite among them) answer frequent pings with GOAWAY
                .keepAliveTimeMs(TimeUnit.MINUTES.toMillis(5))
                .keepAliveTimeoutMs(TimeUnit.SECONDS.toMillis(20))
                .keepAliveWithoutCalls(false);
        if (database != null && !"default".equals(database)) {
            cc.dbName(database);
        }
        if (config.connection().token() != null) {
            cc.token(config.connection().token());
        }
        if (config.connection().username() != null) {
            cc.username(config.connection().username());
            cc.password(config.connection().password() == null ? "" : config.connection().password());
        }
        if (config.connection().tls()) {
            cc.secure(true);
            if (config.connection().certFile() != null) {
                cc.clientPemPath(config.connection().certFile().toString());
                cc.clientKeyPath(config.connection().keyFile().toString());
            }
            if (config.connection().caFile() != null) {
                cc.caPemPath(config.connection().caFile().toString());
            }
        }
        GrpcLogHygiene.install(); // before the channel exists: its HTTP/2 frame logger would print the credential
        MilvusClientV2 c = new MilvusClientV2(cc.build());
        // the breaker decides about retrying; the SDK's own retries would hold a request far past its deadline
        c.retryConfig(RetryConfig.builder().maxRetryTimes(1).build());
        return c;
    }
}
