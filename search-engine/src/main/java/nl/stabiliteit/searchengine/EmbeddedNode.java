package nl.stabiliteit.searchengine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * One OpenSearch node on loopback, for development and CI.
 *
 * <p>OpenSearch's distribution loads its modules (HTTP transport, common analysis) from a
 * modules/ folder; from Maven Central they arrive as jars on the classpath instead, so this
 * launcher hands their plugin classes to the node, as OpenSearch's own integration tests do
 * through the protected constructor. Configuration comes from system properties
 * (-Dsearch.engine.port=9200, -Dsearch.engine.home=var/search-engine).
 */
public final class EmbeddedNode extends Node {

    /** The modules the site needs: HTTP on Netty, the common analysis filters, and Painless
     *  (the "binnenkort" sort is a script, search/period.py). */
    private static final List<String> MODULE_PLUGINS = List.of(
        "org.opensearch.transport.Netty4Plugin",
        "org.opensearch.analysis.common.CommonAnalysisPlugin",
        "org.opensearch.painless.PainlessPlugin");

    private EmbeddedNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> "stabiliteit"),
              plugins, true);
    }

    static Collection<Class<? extends Plugin>> modulesOnClasspath() {
        List<Class<? extends Plugin>> found = new ArrayList<>();
        for (String name : MODULE_PLUGINS) {
            try {
                found.add(Class.forName(name).asSubclass(Plugin.class));
            } catch (ClassNotFoundException missing) {
                // Not on the classpath (pom.xml leaves it out): the node runs without it.
            }
        }
        return found;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("search.engine.home", "var/search-engine")).toAbsolutePath();
        String port = System.getProperty("search.engine.port", "9200");
        String transportPort = System.getProperty("search.engine.transport.port", "19300-19399");
        String nodeName = System.getProperty("search.engine.node.name", "stabiliteit-dev-1");
        // A cluster on loopback (run.sh with SEARCH_ENGINE_NODES=3): every node's transport
        // address, and the names of the nodes that may elect the first cluster manager.
        String seedHosts = System.getProperty("search.engine.seed.hosts", "");
        String managers = System.getProperty("search.engine.cluster.managers", "");
        Settings.Builder builder = Settings.builder()
            .put("cluster.name", "stabiliteit-dev")
            .put("node.name", nodeName)
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", transportPort)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            // Disk watermarks off so a full dev disk does not make indices read-only in the
            // middle of a test run.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true);
        if (seedHosts.isEmpty()) {
            builder.put("discovery.type", "single-node");
        } else {
            builder.putList("discovery.seed_hosts", seedHosts.split(","))
                .putList("cluster.initial_cluster_manager_nodes", managers.split(","));
        }
        Settings settings = builder.build();
        Node node = new EmbeddedNode(settings, modulesOnClasspath());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // Closing on exit: nothing left to report to.
            } finally {
                stopped.countDown();
            }
        }));
        node.start();
        System.out.println("search-engine: OpenSearch node listening on 127.0.0.1:" + port);
        stopped.await();
    }
}
