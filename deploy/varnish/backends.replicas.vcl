# The two app replicas of deploy/docker-compose.replicas.yml, taken in turn; a replica that
# fails its health probe gets no traffic until it recovers.
import directors;

probe health {
  .url = "/api/health";
  .interval = 5s;
  .timeout = 2s;
  .window = 5;
  .threshold = 3;
}

backend app1 {
  .host = "app";
  .port = "3000";
  .probe = health;
}

backend app2 {
  .host = "app2";
  .port = "3000";
  .probe = health;
}

sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
