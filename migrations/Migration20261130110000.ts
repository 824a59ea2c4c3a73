import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security, the second wall behind the ORM's tenant filter (issue 19): every table with a
 * `school_id` shows and takes only the rows of the school in `app.school_id`, for the role the
 * application uses for a school's work (`ptc_tenant`: not the owner, no BYPASSRLS). Work without a
 * school runs as `ptc_bypass`. Roles belong to the whole cluster: created once, by a superuser (or
 * beforehand by the database's administrator), and granted to the login that runs PTC.
 */
export class Migration20261130110000 extends Migration {

  override name = 'Migration20261130110000';

  override up(): void | Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select from pg_roles where rolname = 'ptc_tenant') then create role ptc_tenant nologin; end if;
      if not exists (select from pg_roles where rolname = 'ptc_bypass') then create role ptc_bypass nologin bypassrls; end if;
    exception
      when duplicate_object then null;
      when insufficient_privilege then raise exception 'PTC needs the roles ptc_tenant and ptc_bypass for row-level security, and % may not create them', current_user
        using hint = format('As a superuser: create role ptc_tenant nologin; create role ptc_bypass nologin bypassrls; grant ptc_tenant, ptc_bypass to %I; then start PTC again.', current_user, current_user);
    end $$;`);
    // Only when not granted already: granting needs rights over the roles that the login may lack.
    this.addSql(`do $$ begin
      if not pg_has_role(current_user, 'ptc_tenant', 'member') then grant ptc_tenant to current_user; end if;
      if not pg_has_role(current_user, 'ptc_bypass', 'member') then grant ptc_bypass to current_user; end if;
    exception
      when insufficient_privilege then raise exception 'PTC''s login % needs the roles ptc_tenant and ptc_bypass granted to it for row-level security', current_user
        using hint = format('As a superuser: grant ptc_tenant, ptc_bypass to %I; then start PTC again.', current_user);
    end $$;`);
    this.addSql(`grant usage on schema public to ptc_tenant, ptc_bypass;`);
    this.addSql(`grant select, insert, update, delete, truncate, references on all tables in schema public to ptc_tenant, ptc_bypass;`);
    this.addSql(`grant usage, select, update on all sequences in schema public to ptc_tenant, ptc_bypass;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete, truncate, references on tables to ptc_tenant, ptc_bypass;`);
    this.addSql(`alter default privileges in schema public grant usage, select, update on sequences to ptc_tenant, ptc_bypass;`);
    this.addSql(`do $$ declare t record; begin
      for t in select c.table_name from information_schema.columns c join information_schema.tables tb using (table_schema, table_name)
                where c.table_schema = 'public' and c.column_name = 'school_id' and tb.table_type = 'BASE TABLE' loop
        execute format('alter table %I enable row level security', t.table_name);
        execute format('alter table %I force row level security', t.table_name);
        -- The outbox and the usage records also hold the vendor's own rows (no school: operator
        -- alerts, the erasure journal, operators' requests), which a school's work writes in its
        -- own transaction (an erasure notes itself in the journal); other schools' rows stay out.
        execute format($p$create policy school_isolation on %I using (%s) with check (%s)$p$, t.table_name,
          case when t.table_name in ('outbox_message', 'usage_record') then $c$school_id = nullif(current_setting('app.school_id', true), '')::uuid or school_id is null$c$
               else $c$school_id = nullif(current_setting('app.school_id', true), '')::uuid$c$ end,
          case when t.table_name in ('outbox_message', 'usage_record') then $c$school_id = nullif(current_setting('app.school_id', true), '')::uuid or school_id is null$c$
               else $c$school_id = nullif(current_setting('app.school_id', true), '')::uuid$c$ end);
      end loop;
    end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`do $$ declare t record; begin
      for t in select tablename from pg_policies where schemaname = 'public' and policyname = 'school_isolation' loop
        execute format('drop policy school_isolation on %I', t.tablename);
        execute format('alter table %I no force row level security', t.tablename);
        execute format('alter table %I disable row level security', t.tablename);
      end loop;
    end $$;`);
  }

}
