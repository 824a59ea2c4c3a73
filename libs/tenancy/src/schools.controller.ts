import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ptc/platform';
import { CreateSchoolDto } from './dto/school.dto.js';
import { SchoolsService } from './schools.service.js';

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin', 'teacher', 'parent')
@Controller('school')
export class SchoolController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  current() {
    return this.schools.current();
  }
}

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools')
export class OperatorSchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Post()
  create(@Body() dto: CreateSchoolDto) {
    return this.schools.create(dto);
  }

  @Get()
  list() {
    return this.schools.list();
  }
}
