# The app replicas behind the proxy, for docker-compose (service `app`, port 3000).
# With more replicas (README "Scaling past one machine"), add a backend per replica and
# add it to the director.
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

sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
}
