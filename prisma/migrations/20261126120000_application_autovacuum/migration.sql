-- The queue pages count a workspace's whole history ("all", "issued") from the
-- (providerId|corpCentreId, state, receivedAt, id) indexes alone: index-only scans, as long as
-- the visibility map is current. By default autovacuum visits a table after 20 % of it is new
-- or changed, so at a million applications up to 200,000 rows would send each count to the
-- table's pages; 2 % keeps the counts index-only. (Storage settings only: no schema change.)
ALTER TABLE "Application" SET (
  autovacuum_vacuum_insert_scale_factor = 0.02,
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.02
);
