import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AllowInactiveLicence, CurrentPrincipal, Operation, PageOf, PageQuery, type Principal, Roles } from '@ptc/platform';
import { ErasureLedgerEntryView, ErasureView } from '../privacy.views.js';
import type { PersonKind } from '@ptc/directory';
import { ErasureService } from './erasure.service.js';

export class EraseDto {
  @ApiProperty({ enum: ['contact', 'teacher', 'student'] })
  @IsIn(['contact', 'teacher', 'student'])
  personKind!: PersonKind;

  @ApiProperty()
  @IsUUID()
  personId!: string;

  @ApiPropertyOptional({ description: 'The privacy request this erasure answers' })
  @IsOptional()
  @IsUUID()
  requestId?: string;
}

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
// A school's legal duties to the people in its data go on while its licence is terminated (until deletion).
@AllowInactiveLicence()
@Controller('admin/privacy/erasures')
export class ErasureController {
  constructor(private readonly erasures: ErasureService) {}

  /** Irreversible: the person's data is deleted in one transaction; the answer counts what went. */
  @Post()
  @Operation({ id: 'erasePerson', summary: 'Erase a contact, teacher or student and everything held about them (one transaction; ids-only ledger)', type: ErasureView })
  erase(@CurrentPrincipal() principal: Principal, @Body() dto: EraseDto) {
    return this.erasures.erase(principal, dto.personKind, dto.personId, dto.requestId);
  }

  /** The erasure ledger of the school (ids only). */
  @Get()
  @Operation({ id: 'listErasures', summary: 'The erasure ledger (ids only), oldest first', type: PageOf(ErasureLedgerEntryView) })
  ledger(@Query() query: PageQuery) {
    return this.erasures.ledger(query);
  }
}
