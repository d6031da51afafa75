package eu.urbis.search;

import eu.urbis.forum.ForumRepository;
import eu.urbis.forum.Post;
import eu.urbis.forum.PostRepository;
import eu.urbis.forum.Thread;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Full-text search over thread titles and post bodies, each in its author's language. */
public final class SearchService {
  private final Pool pool;
  private final SearchRepository search;
  private final ForumRepository threads;
  private final PostRepository posts;

  /** One answer: the thread, the matching post and its snippet, safe HTML with the matches marked. */
  public record Result(Thread thread, Post post, String snippet, SearchHit hit) {
    public JsonObject toJson() {
      return new JsonObject().put("thread", thread.toJson()).put("post", post.toJson()).put("snippet", snippet);
    }

    JsonObject cursor() {
      return hit.cursor();
    }
  }

  public SearchService(Pool pool, SearchRepository search, ForumRepository threads, PostRepository posts) {
    this.pool = pool;
    this.search = search;
    this.threads = threads;
    this.posts = posts;
  }

  public Future<Page<Result>> search(MultiMap params, PageRequest page) {
    SearchQuery query = SearchQuery.from(params, page);
    return search.search(pool, query)
      .compose(this::withThreadsAndPosts)
      .map(results -> Page.of(results, page, Result::cursor));
  }

  private Future<List<Result>> withThreadsAndPosts(List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<Long> threadIds = hits.stream().map(SearchHit::threadId).distinct().toList();
    List<Long> postIds = hits.stream().map(SearchHit::postId).toList();
    return Future.all(threads.threads(pool, threadIds), posts.posts(pool, postIds)).map(both -> {
      Map<String, Thread> threadById = byId(both.<List<Thread>>resultAt(0), Thread::id);
      Map<String, Post> postById = byId(both.<List<Post>>resultAt(1), Post::id);
      List<Result> results = new ArrayList<>(hits.size());
      for (SearchHit hit : hits) {
        Thread thread = threadById.get(Long.toString(hit.threadId()));
        Post post = postById.get(Long.toString(hit.postId()));
        if (thread != null && post != null) {
          results.add(new Result(thread, post, Snippet.toHtml(hit.rawSnippet()), hit));
        }
      }
      return results;
    });
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
