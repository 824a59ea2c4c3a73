import { Injectable } from '@nestjs/common';
import { MikroORM, type EntityMetadata } from '@mikro-orm/postgresql';
import { NOT_PERSONAL, privacyOf, RETENTION_RULES, type PersonalColumn, type PersonalDataDeclaration } from '@ptc/platform';

export interface ClassifiedColumn {
  property: string;
  columns: string[];
  personal: boolean;
  category?: string;
  purpose?: string;
  secret?: true;
}

export interface ProcessingRecord {
  entity: string;
  table: string;
  subjects: string;
  source: string;
  retention: string;
  retentionRule: string;
  purgedWithSchool: boolean;
  columns: ClassifiedColumn[];
}

export interface Classification {
  records: ProcessingRecord[];
  withoutPersonalData: { entity: string; table: string; reason: string }[];
  /** Problems: entities or columns nobody classified. The test suite requires this to be empty. */
  unclassified: string[];
}

/**
 * The records of processing (Art. 30), generated from the classification each module declares
 * on its entities, checked against the ORM's own metadata so that nothing persisted escapes it.
 */
@Injectable()
export class ProcessingRecordsService {
  constructor(private readonly orm: MikroORM) {}

  classification(): Classification {
    const result: Classification = { records: [], withoutPersonalData: [], unclassified: [] };
    for (const meta of this.entities()) {
      const privacy = privacyOf(meta.className);
      if (!privacy) {
        result.unclassified.push(`${meta.className}: no @PersonalData or @NoPersonalData`);
        continue;
      }
      if (!privacy.holdsPersonalData) {
        result.withoutPersonalData.push({ entity: meta.className, table: meta.tableName, reason: privacy.reason ?? '' });
        continue;
      }
      const declaration = privacy.declaration as PersonalDataDeclaration<Record<string, unknown>>;
      const columns: ClassifiedColumn[] = [];
      for (const prop of Object.values(meta.properties)) {
        if (prop.persist === false || prop.embedded) continue; // embedded children are classified with their parent
        const declared = declaration.columns[prop.name] as PersonalColumn | typeof NOT_PERSONAL | undefined;
        if (!declared) {
          result.unclassified.push(`${meta.className}.${prop.name}: column not classified`);
          continue;
        }
        const fieldNames = prop.embeddable ? Object.values(prop.embeddedProps ?? {}).flatMap((p) => p.fieldNames ?? []) : (prop.fieldNames ?? []);
        columns.push(declared === NOT_PERSONAL ? { property: prop.name, columns: fieldNames, personal: false } : { property: prop.name, columns: fieldNames, personal: true, ...declared });
      }
      result.records.push({
        entity: meta.className,
        table: meta.tableName,
        subjects: declaration.subjects,
        source: declaration.source,
        retention: declaration.retention,
        retentionRule: RETENTION_RULES[declaration.retention],
        purgedWithSchool: declaration.purgedWithSchool,
        columns,
      });
    }
    return result;
  }

  /** Every purpose personal data is processed for, as the classification states them. */
  purposes(): string[] {
    return [...new Set(this.classification().records.flatMap((r) => r.columns.flatMap((c) => (c.purpose ? [c.purpose] : []))))].sort();
  }

  /**
   * Tables whose rows belong to a school and go with its personal data (retention purge, whole
   * school export), with the columns that may be exported (every column but credentials).
   */
  schoolPersonalDataTables(): { entity: string; table: string; schoolColumn: string; exportColumns: string[] }[] {
    return this.classification()
      .records.filter((r) => r.purgedWithSchool)
      .map((r) => {
        const school = r.columns.find((c) => c.property === 'schoolId');
        if (!school) throw new Error(`${r.entity} is purged with the school but has no schoolId column`);
        return { entity: r.entity, table: r.table, schoolColumn: school.columns[0], exportColumns: r.columns.filter((c) => !c.secret).flatMap((c) => c.columns) };
      });
  }

  /**
   * The school's tables that hold no personal data but that its personal rows refer to (evenings
   * and their sessions, the licence, anonymous tallies): what a whole-school export needs besides
   * the personal-data tables to be read on its own.
   */
  schoolTablesWithoutPersonalData(): { table: string; schoolColumn: string; exportColumns: string[] }[] {
    return this.entities()
      .filter((meta) => privacyOf(meta.className)?.holdsPersonalData === false && meta.properties.schoolId)
      .map((meta) => ({
        table: meta.tableName,
        schoolColumn: meta.properties.schoolId.fieldNames[0],
        exportColumns: Object.values(meta.properties).flatMap((p) => p.fieldNames ?? []),
      }));
  }

  private entities(): EntityMetadata[] {
    return [...this.orm.getMetadata().getAll().values()]
      .filter((meta) => !meta.embeddable && !meta.abstract && !meta.virtual)
      .sort((a, b) => a.tableName.localeCompare(b.tableName));
  }
}
