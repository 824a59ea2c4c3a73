import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '@ptc/platform';
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
@Controller('admin/privacy/erasures')
export class ErasureController {
  constructor(private readonly erasures: ErasureService) {}

  /** Irreversible: the person's data is deleted in one transaction; the answer counts what went. */
  @Post()
  @HttpCode(200)
  erase(@CurrentPrincipal() principal: Principal, @Body() dto: EraseDto) {
    return this.erasures.erase(principal, dto.personKind, dto.personId, dto.requestId);
  }

  /** The erasure ledger of the school (ids only). */
  @Get()
  ledger() {
    return this.erasures.ledger();
  }
}
