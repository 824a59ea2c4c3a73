import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NoPersonalData } from '@ptc/platform';

export interface SubProcessorEntry {
  name: string;
  purpose: string;
  location: string;
  country: string;
  dataCategories: string[];
  since: string;
}

/** One published version of the sub-processor list; versions are never changed, only followed. */
@NoPersonalData('The companies PTC uses as sub-processors and when each list takes effect')
@Entity({ tableName: 'sub_processor_list' })
export class SubProcessorList {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'jsonb' })
  entries!: SubProcessorEntry[];
}
