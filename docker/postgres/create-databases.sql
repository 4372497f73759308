-- One database per service; each service's Flyway migrations create its schema at start.
CREATE DATABASE partnerships;
CREATE DATABASE events;
CREATE DATABASE news;
CREATE DATABASE webhooks;
